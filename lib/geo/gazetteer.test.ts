import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMON_WORDS, GENERIC_TOWN_STEMS } from "./data/common-words";
import { FOREIGN_PLACES } from "./data/foreign-places";
import { COUNTY_ALIASES } from "./data/historic-names";
import { loadGazetteer, type PlaceEntry } from "./gazetteer";
import { townStem } from "./names";

const gaz = loadGazetteer();
const place = (code: string) => {
  const p = gaz.byCode.get(code);
  if (!p) throw new Error(`no ${code}`);
  return p;
};
const placeEntries = (surface: string): PlaceEntry[] =>
  gaz.lexicon.get(surface).filter((e): e is PlaceEntry => e.kind === "place");

describe("loadGazetteer", () => {
  it("holds 11 cities, 90 counties and 1,387 townships with their hierarchy", () => {
    const count = (level: string) => gaz.places.filter((p) => p.level === level).length;
    expect([count("city"), count("county"), count("township")]).toEqual([11, 90, 1387]);
    expect(gaz.byCode.size).toBe(1488);
    const binjiang = place("330108");
    expect(binjiang).toMatchObject({ level: "county", name: "滨江区", type: "区", parentCode: "330100", cityCode: "330100", countyCode: "330108" });
    expect(binjiang.lon).toBeCloseTo(120.206077, 5);
    const huishan = place("330624104");
    expect(huishan).toMatchObject({ level: "township", name: "回山镇", parentCode: "330624", cityCode: "330600", countyCode: "330624" });
    expect(place("331000")).toMatchObject({ level: "city", name: "台州市", parentCode: null, countyCode: null, cityCode: "331000" });
    for (const p of gaz.places) if (p.parentCode) expect(gaz.byCode.has(p.parentCode)).toBe(true);
  });

  it("caches per root and accepts an explicit root", () => {
    expect(loadGazetteer()).toBe(gaz);
    expect(loadGazetteer(path.resolve("."))).toBe(gaz);
    expect(() => loadGazetteer("/nonexistent-root")).toThrow();
  });

  it("keeps townships without a point with null coordinates", () => {
    const noPoint = gaz.places.filter((p) => p.level === "township" && p.lon === null);
    expect(noPoint.length).toBe(1387 - 1298);
  });

  it("gives places the aliases people write (for the Place table)", () => {
    expect(place("330108").aliases).toEqual(expect.arrayContaining(["滨江", "杭州高新区(滨江)", "高新区(滨江)"]));
    expect(place("331083").aliases).toEqual(expect.arrayContaining(["玉环", "玉环县"]));
    expect(place("330102").aliases).toEqual(expect.arrayContaining(["上城", "江干区"]));
    expect(place("330105").aliases).toContain("下城区");
    expect(place("330604").aliases).toContain("上虞市");
    expect(place("330114").aliases).toEqual(expect.arrayContaining(["钱塘新区", "大江东"]));
    expect(place("331127").aliases).toEqual(expect.arrayContaining(["景宁", "景宁县"]));
    expect(place("330100").aliases).toEqual(["杭州"]);
    expect(gaz.places.find((p) => p.name === "乌镇镇")?.aliases).toContain("乌镇");
    expect(gaz.places.find((p) => p.name === "萧山钱江世纪城")?.aliases).toContain("钱江世纪城");
    const tangqi = gaz.places.find((p) => p.name === "塘栖镇");
    expect(tangqi?.countyCode).toBe("330113"); // moved from 余杭 to 临平 in 2021
    expect(tangqi?.aliases).toEqual(expect.arrayContaining(["塘栖", "塘栖街道"]));
  });

  it("maps every historic alias to a current county", () => {
    for (const [alias] of COUNTY_ALIASES) {
      const e = placeEntries(alias).find((x) => x.level === "county");
      expect(e, alias).toBeDefined();
      expect(gaz.byCode.get(e?.codes[0] ?? "")?.level).toBe("county");
    }
    expect(gaz.formerParents.get("余杭区")).toEqual(["330113"]);
  });

  it("merges township names shared by several counties into one entry", () => {
    const dong = placeEntries("东湖街道").find((e) => e.strength === "full");
    expect(dong?.codes.map((c) => place(c).countyCode).sort()).toEqual(["330113", "330602"]);
    const dayang = placeEntries("大洋镇").find((e) => e.strength === "full");
    expect(dayang?.codes.map((c) => place(c).countyCode).sort()).toEqual(["330182", "331122"]);
  });

  it("never makes a township stem of an ordinary word (the stoplist is data)", () => {
    const stoplisted = new Set([...COMMON_WORDS, ...FOREIGN_PLACES]);
    const stems = new Set(gaz.places.filter((p) => p.level === "township").map((p) => townStem(p.name)));
    let checked = 0;
    for (const stem of stems) {
      if (stem.length !== 2 || !stoplisted.has(stem)) continue;
      checked++;
      expect(placeEntries(stem).filter((e) => e.strength === "stem"), stem).toEqual([]);
    }
    expect(checked).toBeGreaterThan(100);
    for (const w of ["全国", "中国", "国家", "建设", "发展", "解放", "花园", "凯旋", "新区"])
      expect(placeEntries(w).filter((e) => e.strength !== "full" || e.level !== "township"), w).toEqual([]);
  });

  it("writes a township with its other suffixes even when its stem is an ordinary word", () => {
    // 七星 is an ordinary word (no stem entry), but 七星镇 is how both 七星街道 were written before
    expect(placeEntries("七星")).toEqual([]);
    const qixing = placeEntries("七星镇").find((e) => e.strength === "variant");
    expect(qixing?.codes.map((c) => place(c).countyCode).sort()).toEqual(["330402", "330624"]);
    expect(qixing?.generic).toBe(true);
  });

  it("marks generic township names, and generic zone units as chain-only", () => {
    expect(placeEntries("城南街道")[0]?.generic).toBe(true);
    expect(placeEntries("凯旋街道")[0]?.generic).toBe(true);
    expect(placeEntries("回山镇")[0]?.generic).toBe(false);
    expect(placeEntries("开发区")[0]?.strength).toBe("chainOnly");
    expect(placeEntries("萧山经济技术开发区")[0]?.strength).toBe("full");
    expect(GENERIC_TOWN_STEMS).toContain("城南");
  });

  it("never lists a Zhejiang place name as foreign", () => {
    const names = new Set(gaz.places.flatMap((p) => [p.name, ...p.aliases]));
    for (const f of FOREIGN_PLACES) expect(names.has(f), f).toBe(false);
  });
});

describe("former township names (data/geo/former-townships.csv)", () => {
  const gaz = loadGazetteer();
  it("reads every successor as a place of today and a former county before a moved township as its county of today", () => {
    const entries = (w: string) => gaz.lexicon.get(w).filter((e): e is PlaceEntry => e.kind === "place");
    expect(entries("阮市镇").flatMap((e) => e.codes)).toEqual(["330681104"]);
    expect(entries("龙港镇").flatMap((e) => e.codes)).toEqual(["330383"]);
    expect(gaz.formerParents.get("鄞州区")).toContain("330203");
    expect(gaz.formerParents.get("鄞州")).toContain("330203");
    expect(gaz.formerParents.get("萧山")).toContain("330114");
  });
});
