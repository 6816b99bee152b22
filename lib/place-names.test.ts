import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { englishNames, placeName, placeNameEn, storyPlaceName } from "./place-names";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("English place names", () => {
  it("name every county of the population table and every city, by the same Chinese name", () => {
    const rows = fs.readFileSync(path.join(ROOT, "data/ref/zhejiang-county-population-2020.csv"), "utf8").trim().split("\n").slice(1);
    const data = JSON.parse(fs.readFileSync(path.join(ROOT, "data/ref/place-names-en.json"), "utf8")) as { names: Record<string, { zh: string; en: string }> };
    expect(rows).toHaveLength(90);
    for (const row of rows) {
      const [code, zh] = row.split(",");
      expect(data.names[code!]?.zh, code).toBe(zh);
      expect(placeNameEn(code)).toMatch(/^[A-Z][a-z']+( [A-Z][a-z]+)* (District|County|City|She Autonomous County)$/);
    }
    const cities = englishNames().filter(([c]) => c.endsWith("00"));
    expect(cities.map(([, en]) => en)).toEqual(["Hangzhou", "Ningbo", "Wenzhou", "Jiaxing", "Huzhou", "Shaoxing", "Jinhua", "Quzhou", "Zhoushan", "Taizhou", "Lishui"]);
  });

  it("keeps Chinese in the Chinese interface and for unknown codes", () => {
    expect(placeName("330624", "新昌县", "zh")).toBe("新昌县");
    expect(placeName("330624", "新昌县", "en")).toBe("Xinchang County");
    expect(placeName("339999", "某县", "en")).toBe("某县");
    expect(placeNameEn(null)).toBeNull();
  });

  it("names a story's county in English and keeps its township in Chinese", () => {
    expect(storyPlaceName("新昌县回山镇", "330624", "330600", "en")).toBe("Xinchang County (回山镇)");
    expect(storyPlaceName("上城区", "330102", "330100", "en")).toBe("Shangcheng District");
    expect(storyPlaceName("台州市", null, "331000", "en")).toBe("Taizhou");
    expect(storyPlaceName("新昌县回山镇", "330624", "330600", "zh")).toBe("新昌县回山镇");
    expect(storyPlaceName(null, null, null, "en")).toBeNull();
  });
});
