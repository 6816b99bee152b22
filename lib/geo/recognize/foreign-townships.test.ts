import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer";
import { geocodeArticle } from "../geocode";
import { recognize } from "./index";

const gaz = loadGazetteer();
const foreignTexts = (title: string, body: string, source?: string) =>
  recognize(title, body, gaz, { source }).foreign.map((f) => (f.src === "title" ? title : f.src === "body" ? body : (source ?? "")).slice(f.start, f.end));

describe("townships and counties elsewhere", () => {
  it("reads a township after a place elsewhere, and its repeats, as elsewhere", () => {
    const body = "日前,江苏省苏州市吴江区黎里镇与嘉善县西塘镇合作共建的农业园在黎里镇开园,黎里今年还将扩建。";
    expect(foreignTexts("", body)).toEqual(expect.arrayContaining(["黎里镇", "黎里"]));
    // the project is sited elsewhere: the Zhejiang partner is not the story's place
    expect(geocodeArticle({ title: "黎里与西塘共建农业园开园", body }, gaz).place).toBeNull();
  });

  it("leaves Zhejiang townships after a place elsewhere to the other passes", () => {
    const body = "上海市青浦区与嘉善县西塘镇签订协议,西塘镇将承接一批项目。";
    expect(foreignTexts("", body)).not.toContain("西塘镇");
  });

  it("takes an unknown county a report is filed from as a county elsewhere", () => {
    const title = "吴兴援建学校在理县投用";
    const source = "本报理县5月8日电";
    expect(foreignTexts(title, "由湖州市吴兴区援建的理县某中学今天投用。", source)).toContain("理县");
    expect(geocodeArticle({ title, source, body: "由湖州市吴兴区援建的理县某中学今天投用,吴兴区累计投入帮扶资金1亿元。" }, gaz).place).toBeNull();
    // a Zhejiang county filed from is no such thing
    expect(foreignTexts("", "本报天台5月8日电 天台县今天召开大会。")).toEqual([]);
  });
});
