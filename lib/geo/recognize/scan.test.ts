import { describe, expect, it } from "vitest";
import { leadParagraphEnd, scan } from "./scan";
import { gaz } from "./testing";

describe("scan", () => {
  it("makes one pending item per name, title first, with its sentence", () => {
    const s = scan("新昌回山镇茶叶开采", "昨天,新昌县回山镇召开大会。会上,台州代表发言。", gaz);
    expect(s.items.map((i) => `${i.src}:${i.text}`)).toEqual(["title:新昌", "title:回山镇", "body:新昌县", "body:回山镇", "body:台州"]);
    expect(s.items.every((i) => i.status === "pending")).toBe(true);
    expect(s.items.at(-1)!.sentence).toBe(1);
  });

  it("collects lists of names and what follows them", () => {
    const s = scan("", "柯城、衢江、龙游六县(市、区)推进改革。", gaz);
    expect(s.lists).toHaveLength(1);
    expect(s.lists[0]!.items.map((i) => i.text)).toEqual(["柯城", "衢江", "龙游"]);
    expect(s.lists[0]!.after.startsWith("六县")).toBe(true);
  });

  it("gives township stems that are ordinary words an item inside a list or before a pier", () => {
    const inList = scan("", "岭南、下管等山区乡镇加快发展。", gaz);
    expect(inList.items.map((i) => `${i.text}/${i.entry.strength}`)).toEqual(["岭南/stem", "下管/stem"]);
    const pier = scan("", "游客在菜园码头候船。", gaz);
    expect(pier.items.map((i) => i.text)).toContain("菜园");
  });

  it("marks places inside a dateline and city names inside an event name", () => {
    const s = scan("", "本报杭州3月5日讯 杭州第19届亚运会筹备工作推进。", gaz);
    expect(s.items.map((i) => [i.text, i.dateline, i.inEventName])).toEqual([
      ["杭州", true, false],
      ["杭州", false, true],
    ]);
  });

  it("reads the paper's place from the source or the body's own dateline", () => {
    expect(scan("", "日前,城东街道组建服务队。", gaz, { source: "义乌商报讯" }).paper?.name).toBe("义乌市");
    expect(scan("", "金华日报讯 日前,城东街道组建服务队。", gaz).paper?.name).toBe("金华市");
  });

  it("ends the lead after the first paragraph, or the second when the first is a short line", () => {
    const long = "第一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。";
    expect(leadParagraphEnd(`${long}\n\n第二段。`)).toBe(long.length);
    expect(leadParagraphEnd("短\n\n第二段。\n\n第三段。")).toBe("短\n\n第二段。".length);
    expect(leadParagraphEnd("只有一段。")).toBe(5);
  });
});
