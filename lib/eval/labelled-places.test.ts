import { describe, expect, it } from "vitest";
import { countyOk, emptyPlaceScore, ownArticles, scorePlaces } from "./labelled-places";
import type { LabelledItem } from "./labelled-set";

/** Distinct invented report texts: each its own run of characters, so their 6-character windows differ. */
const REPORTS = [
  "东山镇今年春天修好了通往茶园的三条机耕路,茶农上山采摘比往年方便得多,镇里还请来专家讲解修剪技术。",
  "西湖街道的社区食堂开张以后,独居老人每天中午都能吃上热饭,志愿者轮流送餐上门,居民纷纷点赞叫好。",
  "南岭村把闲置的老粮仓改造成乡村书屋,孩子们放学后在这里读书写作业,周末还有大学生来讲故事。",
];
const report = (n: number) => REPORTS[n - 1]!;

describe("countyOk (the shared scorer's rule)", () => {
  it("wants the county, none for city- or province-wide reports, and no Zhejiang place outside it", () => {
    expect(countyOk({ county: { adcode: "330108" } }, { county: "330108", inZhejiang: true })).toBe(true);
    expect(countyOk({ county: { adcode: "330102" } }, { county: "330108", inZhejiang: true })).toBe(false);
    expect(countyOk({ county: null, city: { adcode: "330100" } }, { county: null, inZhejiang: true })).toBe(true);
    expect(countyOk(null, { county: "510822", inZhejiang: false })).toBe(true);
    expect(countyOk({ county: null, city: { adcode: "330100" } }, { county: null, inZhejiang: false })).toBe(false);
  });
});

describe("ownArticles and scorePlaces", () => {
  const text = `${report(1)}\n\n${report(2)}`;
  const cut = report(1).length;
  const page: LabelledItem = {
    id: "t1", type: "page", text, metrics: [], metricsLabelled: true,
    segments: [
      { start: 0, end: cut, place: { county: "330108", inZhejiang: true } },
      { start: cut + 2, end: text.length, place: { county: "330102", inZhejiang: true } },
    ],
  };

  it("gives each report the article that holds most of it, one article per report", () => {
    expect(ownArticles(text, page.segments, [{ body: report(2) }, { body: report(1) }])).toEqual([1, 0]);
    // one article swallowing both reports is neither's own (less than 60% of it is either)
    expect(ownArticles(text, page.segments, [{ body: text }])).toEqual([null, null]);
  });

  it("counts split, split with the right county, and stray articles", () => {
    const s = scorePlaces(page, [{ body: report(1), place: { county: { adcode: "330108" } } }, { body: report(2), place: null }, { body: `${report(3)}北岸村新修的步道沿着溪流延伸到山脚,傍晚散步的村民越来越多。` }], emptyPlaceScore());
    expect([s.segments, s.split, s.splitCounty, s.stray]).toEqual([2, 2, 1, 1]);
  });
});
