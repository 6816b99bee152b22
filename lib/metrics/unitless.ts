/**
 * Amounts printed without a unit word, read from their context: money in a money clause
 * (旅游收入约4240万, 交易额超过1个亿, 资金投入六七万), people or households before a noun for them
 * (带动47.8万四川贫困老乡, 逾千游客, 2.3万低收入农户) or at the end of a clause about visitors (累计接待读者、游客超1.49万).
 * Only numbers written with a magnitude (万, 亿, 千) qualify: a bare 81850000 is a phone number.
 */

/** Words that make an amount money when they close the clause before it. */
const MONEY_CLAUSE =
  /(?:收入|营收|产值|销售额|交易额|成交额|营业额|出口额|进口额|总额|金额|资金|投资|投入|收益|利润|税收|票房|贷款|存款|补助|补贴|奖励|奖金|分红|增收|创收|资产|经费|花费|花了|赚了?|挣了?|价值|估值|生产总值|增加值|节约|节省|挽回|损失|成本|费用|开支|融资|募集|筹集|捐款|捐赠|拨付|卖了|卖到|售价|身价)/g;
/** Nouns for people right after the amount (within a short modifier: 47.8万四川贫困老乡). */
const PEOPLE_AFTER =
  /^[^,。;!?、:\s\d]{0,5}?(?:游客|群众|市民|村民|居民|老乡|农民|人口|党员|干部|学生|志愿者|观众|读者|旅客|人员|职工|员工|网友|民众|嘉宾|选手|青年|妇女|老人|儿童|患者|华侨|侨胞|客商|采购商)/;
/** Nouns for households right after the amount (带动2.3万低收入农户). */
const HOUSEHOLDS_AFTER = /^[^,。;!?、:\s\d]{0,5}?(?:农户|住户|家庭|养殖户|种植户|经营户)/;
/** Clauses about visits count person-times; about population or crowds, people. */
const VISITS_CLAUSE = /接待|人次|客流|观展|观影|参观|游览|入园|到访|发送|吞吐/g;
const PEOPLE_CLAUSE = /人口|人数|游客|群众|居民|市民|村民|观众|读者|旅客|志愿者|参与者/g;
const CLAUSE_END = /^(?:$|[,。;!?、:)\n]|的)/;

/** The unit an amount without a unit word stands for, or null when the context does not say. */
export function unitFromContext(body: string, end: number, pre: string): string | null {
  const after = body.slice(end, end + 12);
  if (HOUSEHOLDS_AFTER.test(after)) return "户";
  if (PEOPLE_AFTER.test(after)) return "人";
  if (!CLAUSE_END.test(after)) return null;
  // the nearest cue wins: "游客量增长,收入约4240万" is money, "收入增长,游客超1.49万" people
  const money = lastIndex(pre, MONEY_CLAUSE);
  const visits = lastIndex(pre, VISITS_CLAUSE);
  const people = lastIndex(pre, PEOPLE_CLAUSE);
  const best = Math.max(money, visits, people);
  if (best < 0) return null;
  if (best === money) return "元";
  return visits >= 0 ? "人次" : "人";
}

/** End of the last match of a global regex in `s`, or -1. */
function lastIndex(s: string, g: RegExp): number {
  g.lastIndex = 0;
  let at = -1;
  for (let m = g.exec(s); m; m = g.exec(s)) at = m.index + m[0].length;
  return at;
}
