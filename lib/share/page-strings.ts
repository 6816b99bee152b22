/**
 * Strings of the readable pages (/article, /county, /about, 404) in both interface languages. The
 * language comes from the same `lang=en` the map uses (read by lib/url-state), and links between
 * these pages and the map keep it.
 */
import type { Lang } from "../i18n";
import { parseViewState } from "../url-state";

/** The interface language a readable page was asked for (`?lang=en`), Chinese otherwise. */
export function pageLang(searchParams: Record<string, string | string[] | undefined>): Lang {
  const v = searchParams.lang;
  return parseViewState(new URLSearchParams(typeof v === "string" ? { lang: v } : {})).lang;
}

/** Adds `lang=en` to an internal link when the page is in English. */
export function withLang(href: string, lang: Lang): string {
  if (lang === "zh") return href;
  return `${href}${href.includes("?") ? "&" : "?"}lang=en`;
}

const zh = {
  siteName: "浙江基层动态地图",
  openMap: "打开地图",
  about: "关于与方法",
  footer: "报道文字来自各地报纸，数字与地名由程序自动识别，可能有误；以原文为准。",
  crumbsLabel: "位置",
  province: "浙江省",
  viewOnMap: "在地图上查看",
  // county page
  partOf: "所属",
  population: "常住人口（2020年普查）",
  noData: "暂无数据",
  stories: "报道",
  storyCount: (n: number) => `${n}篇`,
  numbersSummary: "数字汇总",
  storiesHeading: (n: number) => `基层报道（${n}）`,
  earlier: "更早的报道 →",
  noStoriesYet: (county: string) => `暂时还没有${county}的报道。导入新的报纸版面后，这里会列出当地的故事。`,
  mainNumbers: "主要数字",
  // article page
  place: "地点",
  notPlaced: "未定位到浙江具体区县",
  authors: "作者",
  source: "来源",
  original: "原文",
  date: "日期",
  themes: "主题",
  allStoriesOf: (county: string) => `${county}的全部报道`,
  legendNumbers: "为报道中的数字（悬停查看规范值）",
  legendNumbersMark: "黄色",
  legendPlaces: "为地名",
  legendPlacesMark: "下划线",
  captions: "图片说明",
  numbersHeading: (n: number) => `报道中的数字（${n}）`,
  // not found
  notFoundTitle: "找不到这个页面",
  notFoundArticle: "找不到这篇报道",
  notFoundCounty: "找不到这个区县",
  notFoundHint: "链接可能有误，或者内容已被移除。",
  backToMap: "返回地图",
};

type Dict = { [K in keyof typeof zh]: (typeof zh)[K] extends (...a: infer A) => string ? (...a: A) => string : string };

const en: Dict = {
  siteName: "Zhejiang Initiatives Map",
  openMap: "Open the map",
  about: "About and method",
  footer: "Story text comes from local newspapers; numbers and places were recognised by a program and may be wrong. The original text prevails.",
  crumbsLabel: "Location",
  province: "Zhejiang",
  viewOnMap: "View on the map",
  partOf: "City",
  population: "Residents (2020 census)",
  noData: "no data",
  stories: "Stories",
  storyCount: (n: number) => `${n} ${n === 1 ? "story" : "stories"}`,
  numbersSummary: "Numbers in sum",
  storiesHeading: (n: number) => `Local stories (${n})`,
  earlier: "Earlier stories →",
  noStoriesYet: (county: string) => `No stories from ${county} yet. Once new newspaper pages are loaded, its stories are listed here.`,
  mainNumbers: "Main numbers",
  place: "Place",
  notPlaced: "not placed in a Zhejiang county",
  authors: "Authors",
  source: "Source",
  original: "Original",
  date: "Date",
  themes: "Themes",
  allStoriesOf: (county: string) => `All stories of ${county}`,
  legendNumbers: "numbers in the story (hover for the normalized value)",
  legendNumbersMark: "Yellow:",
  legendPlaces: "place names",
  legendPlacesMark: "Underlined:",
  captions: "Captions",
  numbersHeading: (n: number) => `Numbers in the story (${n})`,
  notFoundTitle: "Page not found",
  notFoundArticle: "Story not found",
  notFoundCounty: "County not found",
  notFoundHint: "The link may be wrong, or the content was removed.",
  backToMap: "Back to the map",
};

export type PageStrings = Dict;

export function pageStrings(lang: Lang): PageStrings {
  return lang === "en" ? en : (zh as Dict);
}
