/** Interface strings of the time control, the county's months, the data tools and pages (zh is the product's language; en mirrors it). */
import type { Lang } from "@/lib/i18n";

const zh = {
  timeLabel: "时间",
  play: "播放",
  pause: "暂停",
  playHint: "逐月播放",
  start: "起始月份",
  end: "结束月份",
  allTime: "全部时间",
  storiesIn: (n: number) => `${n} 篇报道`,
  noDates: (n: number) => `没有报道带日期，时间轴不可用（${n} 篇报道均无日期）。`,
  undated: (n: number, windowed: boolean) => (windowed ? `另有 ${n} 篇报道没有日期，不计入所选时间段。` : `其中 ${n} 篇报道没有日期，不在任何月份里。`),
  loadFailed: "时间轴加载失败",
  retry: "重试",
  byMonth: "按月",
  monthsTitle: "逐月报道数",
  monthsValues: (measure: string) => `逐月合计：${measure}`,
  monthsChartLabel: (county: string) => `${county}：逐月报道数`,
  monthsNone: "这里的报道都没有日期，无法按月显示。",
  monthsUndated: (n: number) => `${n} 篇没有日期的报道不在图中。`,
  monthsMeasure: "指标",
  feed: "订阅此区县（Atom）",
  getData: "获取数据",
  getDataHint: "下载当前视图所示的数据",
  savePng: "保存地图 PNG",
  savingPng: "正在生成…",
  pngFailed: "无法保存地图图片",
  dataPage: "全部数据与 API",
};

export type TimeStrings = { [K in keyof typeof zh]: (typeof zh)[K] };

const en: TimeStrings = {
  timeLabel: "Time",
  play: "Play",
  pause: "Pause",
  playHint: "Step through the months",
  start: "First month",
  end: "Last month",
  allTime: "All time",
  storiesIn: (n) => `${n} ${n === 1 ? "story" : "stories"}`,
  noDates: (n) => `No story has a date, so there is no time line (all ${n} stories are undated).`,
  undated: (n, windowed) => (windowed ? `${n} more stories have no date and are not in the chosen months.` : `${n} of them have no date and are in no month.`),
  loadFailed: "The time line failed to load",
  retry: "Retry",
  byMonth: "By month",
  monthsTitle: "Stories by month",
  monthsValues: (measure) => `Totals by month: ${measure}`,
  monthsChartLabel: (county) => `${county}: stories by month`,
  monthsNone: "None of the stories here has a date, so there is nothing to show by month.",
  monthsUndated: (n) => `${n} undated ${n === 1 ? "story is" : "stories are"} not in the chart.`,
  monthsMeasure: "Measure",
  feed: "Follow this county (Atom)",
  getData: "Get the data",
  getDataHint: "Download the data this view shows",
  savePng: "Save map as PNG",
  savingPng: "Rendering…",
  pngFailed: "Could not save the map image",
  dataPage: "All data and the API",
};

export function timeStrings(lang: Lang): TimeStrings {
  return lang === "en" ? en : zh;
}
