import { describe, expect, it } from "vitest";
import { describeCorrection } from "./history";

const j = (v: unknown) => JSON.stringify(v);

describe("a correction described for people", () => {
  it("says what it was and what it became", () => {
    expect(describeCorrection("place", j({ label: "甲市乙县" }), j({ label: "甲市丙县" }))).toBe("甲市乙县 → 甲市丙县");
    expect(describeCorrection("title", j({ title: "旧" }), j({ title: "新" }))).toBe("“旧” → “新”");
    expect(describeCorrection("metric-fix", j({ text: "300余人", value: 300, unit: "人", approx: true, label: "" }), j({ metric: { value: 320, unit: "人", approx: false, label: "参训干部" } }))).toBe(
      "“300余人” 约300人 → 320人（参训干部）",
    );
    expect(describeCorrection("metric-delete", j({ text: "2座", value: 2, unit: "座", approx: false, label: "" }), j({}))).toBe("删除“2座” 2座");
    expect(describeCorrection("merge", j({ titles: ["甲", "乙"] }), j({}))).toBe("合并“甲”与“乙”");
  });

  it("survives an unreadable record", () => {
    expect(describeCorrection("title", "not json", "{")).toBe("“” → “”");
  });
});
