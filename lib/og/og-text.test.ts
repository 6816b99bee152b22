import { describe, expect, it } from "vitest";
import { clampText, collectText, titleFontSize } from "./og-text";

describe("clampText", () => {
  it("keeps short text and cuts long text with an ellipsis", () => {
    expect(clampText(" 新昌县 ", 5)).toBe("新昌县");
    expect(clampText("聚焦重点工程确保群众喝上优质水", 6)).toBe("聚焦重点工…");
    expect([...clampText("聚焦重点工程确保群众喝上优质水", 6)]).toHaveLength(6);
  });
});

describe("titleFontSize", () => {
  it("shrinks as titles grow", () => {
    expect(titleFontSize("新昌县")).toBeGreaterThan(titleFontSize("聚焦重点工程 确保群众喝上优质水"));
    expect(titleFontSize("字".repeat(40))).toBe(44);
  });
});

describe("collectText", () => {
  it("walks children of nested elements", () => {
    const tree = { props: { children: [{ props: { children: "标题" } }, 3, null, [{ props: { children: ["≈", "1.3万名"] } }]] } };
    expect(collectText(tree).join("")).toBe("标题3≈1.3万名");
  });
});
