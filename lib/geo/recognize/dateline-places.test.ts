import { describe, expect, it } from "vitest";
import { datelineSpans } from "./dateline-places";

const spanTexts = (text: string) => datelineSpans(text).spans.map(([a, b]) => text.slice(a, b));

describe("datelineSpans", () => {
  it("finds the filing place of a paper or agency dateline", () => {
    expect(spanTexts("本报杭州3月5日讯 昨天,全省会议召开。")).toEqual(["杭州"]);
    expect(spanTexts("新华社杭州电 记者从会上获悉")).toEqual(["杭州"]);
    expect(spanTexts("本报讯 昨天")).toEqual([]);
  });

  it("finds a local paper's own name and reports it", () => {
    const r = datelineSpans("金华日报讯(通讯员 李明)日前,城东街道组建志愿服务队。");
    expect(r.paper).toBe("金华日报");
    expect(spanTexts("金华日报讯(通讯员 李明)日前")).toEqual(["金华日报"]);
  });

  it("only at the start of a paragraph", () => {
    expect(spanTexts("他说本报杭州讯的写法很常见")).toEqual([]);
  });
});
