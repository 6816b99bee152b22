// News outlets that Zhejiang pages name: papers, news sites, agencies, broadcasters, apps and
// government accounts, with the place each local one belongs to. One list for every layer: the page
// splitter reads mastheads, datelines and credits with it, the geocoder takes a local outlet's place
// as weak evidence of where a report is (a county paper reports on its county).
//
// Names that say their place (金华日报, 今日永嘉, 象山新闻网) need no entry: OUTLET_ENDINGS and
// COUNTY_PAPER_PREFIX let a reader with a place list derive them. The list holds what cannot be derived:
// national and provincial outlets (no place), brand names (甬派, 南太湖号, 处州晚报), names with a
// prefix (中国宁波网, 中国台州网), and traps whose place word is not their place (南湖晚报 is 嘉兴's
// evening paper, not 南湖区's).

export type OutletKind = "paper" | "site" | "agency" | "broadcaster" | "app" | "account";
export type OutletScope = "national" | "province" | "city" | "county";

export type Outlet = {
  name: string;
  kind: OutletKind;
  scope: OutletScope;
  /** the official name of the Zhejiang city or county a local outlet belongs to (null above city level) */
  place: string | null;
};

const row = (name: string, kind: OutletKind, scope: OutletScope, place: string | null = null): Outlet => ({ name, kind, scope, place });

export const OUTLETS: readonly Outlet[] = [
  // national: agencies, central papers and sites
  row("新华社", "agency", "national"), row("新华网", "site", "national"), row("中新社", "agency", "national"),
  row("中国新闻社", "agency", "national"), row("中国新闻网", "site", "national"), row("中新网", "site", "national"),
  row("人民日报", "paper", "national"), row("人民网", "site", "national"), row("光明日报", "paper", "national"),
  row("光明网", "site", "national"), row("经济日报", "paper", "national"), row("农民日报", "paper", "national"),
  row("中国青年报", "paper", "national"), row("中国日报", "paper", "national"), row("法治日报", "paper", "national"),
  row("法制日报", "paper", "national"), row("科技日报", "paper", "national"), row("工人日报", "paper", "national"),
  row("中国妇女报", "paper", "national"), row("央视新闻", "broadcaster", "national"), row("中央电视台", "broadcaster", "national"),
  row("央视网", "site", "national"), row("央视", "broadcaster", "national"), row("央广网", "site", "national"),
  row("中央人民广播电台", "broadcaster", "national"), row("澎湃新闻", "site", "national"), row("新京报", "paper", "national"),
  row("中国网", "site", "national"), row("中国经济网", "site", "national"),
  // Zhejiang, province-wide
  row("浙江日报", "paper", "province"), row("浙江在线", "site", "province"), row("浙江新闻", "app", "province"),
  row("潮新闻", "app", "province"), row("钱江晚报", "paper", "province"), row("小时新闻", "app", "province"),
  row("今日早报", "paper", "province"), row("青年时报", "paper", "province"), row("浙江工人日报", "paper", "province"),
  row("浙江法制报", "paper", "province"), row("美术报", "paper", "province"), row("浙江老年报", "paper", "province"),
  row("天目新闻", "app", "province"), row("浙江之声", "broadcaster", "province"), row("浙江卫视", "broadcaster", "province"),
  row("浙江电视台", "broadcaster", "province"), row("中国蓝新闻", "app", "province"), row("浙江发布", "account", "province"),
  // cities
  row("杭州日报", "paper", "city", "杭州市"), row("都市快报", "paper", "city", "杭州市"), row("每日商报", "paper", "city", "杭州市"),
  row("杭州网", "site", "city", "杭州市"), row("杭州发布", "account", "city", "杭州市"),
  row("宁波日报", "paper", "city", "宁波市"), row("宁波晚报", "paper", "city", "宁波市"), row("东南商报", "paper", "city", "宁波市"),
  row("中国宁波网", "site", "city", "宁波市"), row("甬派", "app", "city", "宁波市"), row("宁波发布", "account", "city", "宁波市"),
  row("温州日报", "paper", "city", "温州市"), row("温州都市报", "paper", "city", "温州市"), row("温州商报", "paper", "city", "温州市"),
  row("温州网", "site", "city", "温州市"), row("温州新闻网", "site", "city", "温州市"),
  row("嘉兴日报", "paper", "city", "嘉兴市"), row("南湖晚报", "paper", "city", "嘉兴市"), row("嘉兴在线", "site", "city", "嘉兴市"),
  row("湖州日报", "paper", "city", "湖州市"), row("湖州晚报", "paper", "city", "湖州市"), row("南太湖号", "app", "city", "湖州市"),
  row("湖州在线", "site", "city", "湖州市"),
  row("绍兴日报", "paper", "city", "绍兴市"), row("绍兴晚报", "paper", "city", "绍兴市"), row("绍兴网", "site", "city", "绍兴市"),
  row("金华日报", "paper", "city", "金华市"), row("金华晚报", "paper", "city", "金华市"), row("金华新闻网", "site", "city", "金华市"),
  row("衢州日报", "paper", "city", "衢州市"), row("衢州晚报", "paper", "city", "衢州市"), row("衢州新闻网", "site", "city", "衢州市"),
  row("舟山日报", "paper", "city", "舟山市"), row("舟山晚报", "paper", "city", "舟山市"), row("舟山网", "site", "city", "舟山市"),
  row("台州日报", "paper", "city", "台州市"), row("台州晚报", "paper", "city", "台州市"), row("台州商报", "paper", "city", "台州市"),
  row("中国台州网", "site", "city", "台州市"),
  row("丽水日报", "paper", "city", "丽水市"), row("处州晚报", "paper", "city", "丽水市"), row("丽水网", "site", "city", "丽水市"),
  // counties: only names their county's name and an ending do not give (瑞安日报, 安吉新闻网, 今日普陀
  // are derived); 南湖新闻网 is listed beside the 南湖晚报 trap to say which is whose
  row("南湖新闻网", "site", "county", "南湖区"),
];

/**
 * How outlet names end, by kind. A Zhejiang place name followed by one of these (温岭日报, 安吉新闻网,
 * 开化发布, 龙游县融媒体中心) names that place's own outlet.
 */
export const OUTLET_ENDINGS: Readonly<Record<OutletKind, readonly string[]>> = {
  paper: ["日报", "晚报", "商报", "早报", "晨报", "时报", "都市报", "侨报", "周报", "报"],
  site: ["新闻网", "在线", "网"],
  agency: [],
  broadcaster: ["广播电视台", "电视台", "广电", "之声"],
  app: ["新闻", "客户端"],
  account: ["发布", "融媒体中心", "融媒", "传媒中心", "新闻中心"],
};

/** County papers called 今日 + the county (今日永嘉, 今日象山). */
export const COUNTY_PAPER_PREFIX = "今日";

/** Every ending, longest first, for building one alternation. */
export const ALL_OUTLET_ENDINGS: readonly string[] = [...new Set(Object.values(OUTLET_ENDINGS).flat())].sort((a, b) => b.length - a.length);

/**
 * Words that introduce the outlet a text came from: a meta line (来源:浙江在线), a reprint note
 * (据宁波日报报道), a credit (宁波日报记者).
 */
export const SOURCE_LABELS: readonly string[] = ["来源", "稿源", "信息来源", "文章来源", "转自", "转载自"];

const byName = new Map(OUTLETS.map((o) => [o.name, o]));

/** The listed outlet with exactly this name. */
export function outletNamed(name: string): Outlet | undefined {
  return byName.get(name);
}

/** The longest listed outlet name that starts `text` at `at`. */
export function listedOutletAt(text: string, at: number): Outlet | undefined {
  let best: Outlet | undefined;
  for (const o of OUTLETS) if (text.startsWith(o.name, at) && (!best || o.name.length > best.name.length)) best = o;
  return best;
}
