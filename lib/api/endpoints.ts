/**
 * Every public endpoint, once: the API index (/api/v1), the documentation page (/api-docs) and the
 * tests read this list. An example may name {article} or {county}: the docs page fills in a story
 * and a county that exist, so every example runs on any database.
 */
import { MEASURE_INDICATORS } from "../compare/measures";
import { THEMES } from "../tags/themes";

export type ParamDoc = { name: string; doc: string };
export type Format = "json" | "csv" | "geojson" | "atom";
export type EndpointDoc = { path: string; summary: string; params: ParamDoc[]; example: string; format: Format; returns: string; licence?: string };

/** Whose words and figures a download holds: said once here, shown on the 数据 page. */
const TEXT_RIGHTS = "标题和正文摘自各地报纸，版权归原报社（见 source 列），仅供研究引用";

const FILTERS: ParamDoc[] = [
  { name: "city", doc: "城市区划代码，如 330100 (Hangzhou)" },
  { name: "county", doc: "区县区划代码，如 330102" },
  { name: "tag", doc: `主题：${THEMES.map((t) => `${t.id}（${t.zh}）`).join("、")}` },
  { name: "from, to", doc: "日期范围 YYYY-MM-DD（含两端）；设了日期范围时，没有日期的报道不计入" },
  { name: "q", doc: "全文搜索词（两个及以上汉字按原样匹配）" },
];
const noCounty = FILTERS.filter((p) => p.name !== "county");
const PAGING: ParamDoc[] = [
  { name: "limit", doc: "每页条数" },
  { name: "cursor", doc: "上一页返回的 nextCursor；为 null 时没有下一页" },
];
const MEASURE: ParamDoc[] = [
  { name: "measure", doc: `stories（默认）或可相加的指标（lib/metrics/indicators.json）：${MEASURE_INDICATORS.join(", ")}` },
  { name: "per", doc: "pop = 每万常住人口（2020 年普查）" },
];

export const ENDPOINTS: EndpointDoc[] = [
  { path: "/api/v1", summary: "本 API 的版本和端点列表", params: [], example: "/api/v1", format: "json", returns: "{ data: { version, documentation, endpoints[] } }" },
  {
    path: "/api/v1/articles",
    summary: "报道列表，最新在前（无日期的在最后），游标分页",
    params: [...FILTERS, { name: "limit", doc: "每页条数，1–100，默认 20" }, PAGING[1]!],
    example: "/api/v1/articles?county={county}&limit=5",
    format: "json",
    returns: "{ data: Article[], total, nextCursor }",
  },
  {
    path: "/api/v1/articles/{id}",
    summary: "一篇报道：正文、图片说明、提到的地点、全部数字及其在正文中的位置",
    params: [],
    example: "/api/v1/articles/{article}",
    format: "json",
    returns: "{ data: Article & { body, captions, mentions[], metrics[] } }",
  },
  {
    path: "/api/v1/counties",
    summary: "全部 90 个区县，各带报道数和所选指标的合计（与地图着色相同）",
    params: [...noCounty, ...MEASURE],
    example: "/api/v1/counties?measure=enterprises",
    format: "json",
    returns: "{ data: County[], measure, unit, perCapita, total }",
  },
  {
    path: "/api/v1/counties/{code}",
    summary: "一个区县：报道数、无日期报道数、各类数字的合计，及其页面、订阅和地图链接",
    params: noCounty,
    example: "/api/v1/counties/{county}",
    format: "json",
    returns: "{ data: { code, name, …, stories, undated, kinds[], links } }",
  },
  {
    path: "/api/v1/metrics",
    summary: "报道中的每一个数字，带原句、报道 id、来源和地点代码，按 id 分页",
    params: [...FILTERS, { name: "kind", doc: "只要一类数字，如 people" }, { name: "article", doc: "只要一篇报道的数字" }, { name: "limit", doc: "每页条数，1–200，默认 50" }, PAGING[1]!],
    example: "/api/v1/metrics?county={county}&limit=5",
    format: "json",
    returns: "{ data: Metric[], total, nextCursor }",
  },
  {
    path: "/api/v1/search",
    summary: "全文搜索，按相关度排序，带摘要和高亮位置",
    params: [{ name: "q", doc: "搜索词（必填）" }, ...FILTERS.filter((p) => p.name !== "q"), { name: "limit", doc: "1–50，默认 20" }, PAGING[1]!],
    example: "/api/v1/search?q=亚运&limit=5",
    format: "json",
    returns: "{ data: Hit[], q, total, nextCursor }",
  },
  {
    path: "/api/v1/months",
    summary: "按月的报道数和指标合计：全省一条，或每个区县一条；无日期的报道单独计数",
    params: [...noCounty, ...MEASURE, { name: "county / counties", doc: "一个区县，或逗号分隔的至多 12 个区县" }],
    example: "/api/v1/months?counties={county}&measure=stories",
    format: "json",
    returns: "{ data: { measure, unit, perCapita, months[], series[{ countyCode, stories[], values[], approx[], undated }], undated } }",
  },
];

export const DOWNLOADS: EndpointDoc[] = [
  {
    path: "/api/v1/export/articles.csv",
    summary: "报道表：每篇报道一行（含正文），列名与 API 的字段名相同",
    params: FILTERS,
    example: "/api/v1/export/articles.csv?county={county}",
    format: "csv",
    returns: "CSV (UTF-8 with BOM)",
    licence: `${TEXT_RIGHTS}；地点代码为国家统计局统计用区划代码（公开数据）。`,
  },
  {
    path: "/api/v1/export/metrics.csv",
    summary: "数字表：每个数字一行，带原句、报道 id、来源和地点代码",
    params: [...FILTERS, { name: "kind", doc: "只要一类数字" }, { name: "article", doc: "只要一篇报道的数字" }],
    example: "/api/v1/export/metrics.csv?county={county}",
    format: "csv",
    returns: "CSV (UTF-8 with BOM)",
    licence: "数字和原句摘自报道原文，版权归原报社；kind、label、canonicalValue 等由本项目程序自动识别，可能有误，以原文为准。",
  },
  {
    path: "/api/v1/export/stories.geojson",
    summary: "有坐标的报道，每篇一个点（GeoJSON FeatureCollection，WGS84）",
    params: FILTERS,
    example: "/api/v1/export/stories.geojson?county={county}",
    format: "geojson",
    returns: "GeoJSON",
    licence: "坐标是乡镇点（Vonng/adcode，CC BY 4.0，使用时请署名）或县政府驻地（阿里云 DataV.GeoAtlas，未声明开放许可）；标题版权归原报社。",
  },
  {
    path: "/api/v1/export/counties.csv",
    summary: "90 个区县的报道数和指标合计（地图和比较视图所示）",
    params: [...noCounty, ...MEASURE, { name: "counties", doc: "只要这些区县（逗号分隔）" }],
    example: "/api/v1/export/counties.csv?measure=enterprises",
    format: "csv",
    returns: "CSV (UTF-8 with BOM)",
    licence: "区县名称和代码为公开区划数据；人口为 2020 年第七次全国人口普查；合计由本项目从报道中的数字算出。",
  },
  {
    path: "/api/v1/export/months.csv",
    summary: "按月的报道数和指标合计（时间轴、区县图表、比较折线所示）",
    params: [...noCounty, ...MEASURE, { name: "county / counties", doc: "一个或多个区县" }],
    example: "/api/v1/export/months.csv?counties={county}",
    format: "csv",
    returns: "CSV (UTF-8 with BOM)",
    licence: "由本项目从报道的日期和数字算出；没有日期的报道单列一行（month = undated）。",
  },
];

export const FEEDS: EndpointDoc[] = [
  { path: "/feeds/county/{code}.xml", summary: "一个区县的最新报道（Atom）", params: [], example: "/feeds/county/{county}.xml", format: "atom", returns: "Atom 1.0" },
  { path: "/feeds/city/{code}.xml", summary: "一个城市的最新报道（Atom）", params: [], example: "/feeds/city/330100.xml", format: "atom", returns: "Atom 1.0" },
  { path: "/feeds/theme/{tag}.xml", summary: "一个主题的最新报道（Atom）", params: [], example: "/feeds/theme/culture-tourism.xml", format: "atom", returns: "Atom 1.0" },
  { path: "/feeds/search.xml", summary: "含搜索词的最新报道（Atom），按日期排序", params: [{ name: "q", doc: "搜索词（必填）" }], example: "/feeds/search.xml?q=亚运", format: "atom", returns: "Atom 1.0" },
];

/** Fills an example's placeholders with ids that exist. */
export function exampleUrl(example: string, ids: { article: string | null; county: string }): string {
  return example.replace("{county}", ids.county).replace("{article}", ids.article ?? "000000000000");
}
