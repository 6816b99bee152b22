// The number classes real local news prints and the extractor must read or refuse (issue 9), one
// invented sentence per class. Each case lists every metric: [text, value, valueMax?, unit, approx, kind?].
import { describe, expect, it } from "vitest";
import { extractMetrics } from "./extract";

type Want = [string, number, number | undefined, string, boolean, string?];

function check(s: string, want: Want[]) {
  const got = extractMetrics(s);
  for (const m of got) expect(s.slice(m.start, m.end)).toBe(m.text);
  expect(got.map((m) => [m.text, m.value, m.valueMax, m.unit, m.approx])).toEqual(want.map((w) => w.slice(0, 5)));
  want.forEach((w, i) => {
    if (w[5] !== undefined) expect(got[i]!.kind, w[0]).toBe(w[5]);
  });
}

const run = (cases: Array<[string, string, Want[]]>) => it.each(cases)("%s", (_n, s, want) => check(s, want));

describe("shares written as fractions, 成 and 一半", () => {
  run([
    ["1/4 and 三分之一左右", "全镇约1/4的农户种茶,茶园面积占耕地三分之一左右。", [["约1/4", 25, undefined, "%", true, "share"], ["三分之一左右", 33.3333, undefined, "%", true, "share"]]],
    ["近三成 and 三四成", "网上销售已占近三成,好的年份能占到三四成。", [["近三成", 30, undefined, "%", true], ["三四成", 30, 40, "%", false]]],
    ["一半 hedged or after 占", "其中近一半由年轻人经营,外销占全部产量的一半。他说时间少了一半。", [["近一半", 50, undefined, "%", true], ["一半", 50, undefined, "%", false]]],
  ]);
});

describe("money and people without a unit word", () => {
  run([
    ["money in a money clause", "民宿去年营业收入30余万,村集体分红超过4个亿。", [["30余万", 300000, undefined, "元", true, "money"], ["超过4个亿", 400000000, undefined, "元", true, "money"]]],
    ["a Chinese range of money", "每户每年资金投入五六万。", [["五六万", 50000, 60000, "元", false, "rate"]]],
    ["people before their noun, visits at a clause end", "展会吸引逾千客商,全年带动2.3万低收入农户增收,图书馆接待读者超1.2万。", [
      ["逾千", 1000, undefined, "人", true],
      ["2.3万", 23000, undefined, "户", false],
      ["超1.2万", 12000, undefined, "人次", true],
    ]],
    ["a bare magnitude with no context is nothing", "编号20230001的档案,电话81850000。", []],
  ]);
});

describe("ranges in Chinese numerals and figures", () => {
  run([
    ["四五百斤, 十五六万元, 二三十万元", "一天能卖四五百斤,年收入十五六万元,投入二三十万元。", [
      ["四五百斤", 400, 500, "斤", false, "rate"],
      ["十五六万元", 150000, 160000, "元", false],
      ["二三十万元", 200000, 300000, "元", false],
    ]],
    ["Arabic ranges", "预计投资30~40万元,收购价每斤9.5至10.5元。", [["30~40万元", 300000, 400000, "元", false], ["每斤9.5至10.5元", 9.5, 10.5, "元/斤", false, "rate"]]],
  ]);
});

describe("measure words", () => {
  run([
    ["支, 艘, 批, 株, 票, 趟, 航次", "组建志愿队伍120支,改造渔船35艘,发放物资3批,种植苗木2.5万株,出口申报860票,村民少跑1200多趟,发船218航次。", [
      ["120支", 120, undefined, "支", false],
      ["35艘", 35, undefined, "艘", false],
      ["3批", 3, undefined, "批", false],
      ["2.5万株", 25000, undefined, "株", false],
      ["860票", 860, undefined, "票", false],
      ["1200多趟", 1200, undefined, "趟", true],
      ["218航次", 218, undefined, "航次", false],
    ]],
    ["counters in brackets and villages without 个", "共组织企业130余家(次)参展,6村入选。", [["130余家(次)", 130, undefined, "家次", true], ["6村", 6, undefined, "个", false, "villages"]]],
  ]);
});

describe("per-unit prices and yields are rates, never totals", () => {
  run([
    ["prices", "杨梅每公斤4.6元,大的100元一箱,鲜鱼一斤能卖到12元。", [
      ["每公斤4.6元", 4.6, undefined, "元/公斤", false, "rate"],
      ["100元一箱", 100, undefined, "元/箱", false, "rate"],
      ["12元", 12, undefined, "元/斤", false, "rate"],
    ]],
    ["yields, and an elliptical clause that continues one", "水稻亩产约800公斤,最高可达950公斤,全镇总产1.2万吨。", [
      ["约800公斤", 800, undefined, "公斤/亩", true, "rate"],
      ["950公斤", 950, undefined, "公斤/亩", false, "rate"],
      ["1.2万吨", 12000, undefined, "吨", false, "weight"],
    ]],
    ["averages keep their unit", "农户户均增收5000元,景区日均接待游客3000人次。", [["5000元", 5000, undefined, "元", false, "rate"], ["3000人次", 3000, undefined, "人次", false, "rate"]]],
  ]);
});

describe("numbers that are not metrics", () => {
  run([
    ["capacity inside a project's name, and the list after it", "开工建设年产3万吨饲料、5000吨有机肥生产线项目,总投资2亿元。", [["2亿元", 200000000, undefined, "元", false]]],
    ["vague amounts", "花了百来块钱,来了几十个人,好几万元的损失。", []],
    ["descriptive counts in Chinese numerals", "村里有五个大姓,三种水果杂交而成,分三个阶段推进。", []],
    ["a threshold qualifies the noun, the count of firms is the metric", "总投资5000万元以上企业达46家,所有村集体收入突破20万元。", [["46家", 46, undefined, "家", false]]],
    ["policy and slogan names", "深化\"千万工程\",推进\"5+4\"行动,落实\"八八战略\"和三个\"一号工程\"。", []],
    ["page counters and phone numbers", "浏览次数:1526 热度123票 3350人浏览 联系电话:0571-88886666", []],
    ["comparisons, meeting ordinals, lengths outside construction", "相当于8个足球场,贯彻省委十五届四次全会精神,沿着10公里的河岸漫步。", []],
    ["a round milestone restated exactly", "全年产值突破百亿元,达到103.5亿元。", [["103.5亿元", 10350000000, undefined, "元", false]]],
  ]);
});
