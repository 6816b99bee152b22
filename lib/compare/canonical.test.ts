import { describe, expect, it } from "vitest";
import { kindCanonical } from "./canonical";

describe("kindCanonical", () => {
  it("converts measured units by factor", () => {
    expect(kindCanonical("area", 1500, "亩")).toEqual({ value: 100, unit: "公顷" });
    expect(kindCanonical("money", 2100, "万元")).toEqual({ value: 21_000_000, unit: "元" });
    expect(kindCanonical("people", 35, "名")).toEqual({ value: 35, unit: "人" });
  });

  it("counts events, facilities and projects in one unit whatever the counting word", () => {
    expect(kindCanonical("events", 3, "场")).toEqual({ value: 3, unit: "次" });
    expect(kindCanonical("facilities", 2, "座")).toEqual({ value: 2, unit: "个" });
    expect(kindCanonical("projects", 5, "项")).toEqual({ value: 5, unit: "个" });
  });

  it("leaves units it cannot convert alone, so they are never added to the canonical total", () => {
    expect(kindCanonical("money", 500, "美元")).toEqual({ value: 500, unit: "美元" });
    expect(kindCanonical("people", 3, "场")).toEqual({ value: 3, unit: "场" });
  });
});
