import { describe, expect, it } from "vitest";
import { datelineSpans } from "./dateline-places";
import { gaz } from "./testing";

const filing = (text: string) => datelineSpans(text, gaz).filing.map(([a, b]) => text.slice(a, b));
const outlets = (text: string) => datelineSpans(text, gaz).outlets.map((o) => `${text.slice(o.start, o.end)}:${o.place?.name ?? "-"}`);

describe("datelineSpans", () => {
  it("finds the filing place of a paper or agency dateline", () => {
    expect(filing("本报杭州3月5日讯 昨天,全省会议召开。")).toEqual(["杭州"]);
    expect(filing("新华社杭州电 记者从会上获悉")).toEqual(["杭州"]);
    expect(filing("中新社北京3月5日电 浙江某县的产品亮相北京。")).toEqual(["北京"]);
    expect(filing("本报讯 昨天")).toEqual([]);
  });

  it("reads a dateline cut off after its date", () => {
    expect(filing("浙江日报龙游2月2")).toEqual(["龙游"]);
  });

  it("only at the start of a paragraph", () => {
    expect(filing("他说本报杭州讯的写法很常见")).toEqual([]);
  });

  it("finds outlets in datelines, meta lines and credits, with their place", () => {
    expect(outlets("金华日报讯(通讯员 李明)日前,城东街道组建志愿服务队。")).toEqual(["金华日报:金华市"]);
    expect(outlets("中国宁波网讯 昨日,全市会议召开。")).toEqual(["中国宁波网:宁波市"]);
    expect(outlets("发布者:webmaster 来源:象山农业信息网 热度123票")).toEqual(["象山农业信息网:象山县"]);
    expect(outlets("来源:浙江在线 作者:")).toEqual(["浙江在线:-"]);
    expect(outlets("宁波日报见习记者 陈亮")).toEqual(["宁波日报:宁波市"]);
    expect(outlets("南湖晚报记者 王强")).toEqual(["南湖晚报:嘉兴市"]);
  });
});
