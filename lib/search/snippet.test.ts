import { describe, expect, it } from "vitest";
import { matchRanges, snippetOf } from "./snippet";

describe("snippets and highlights", () => {
  it("finds folded matches without overlaps, longest needle first", () => {
    expect(matchRanges("GDP与gdp，滨江区滨江", ["滨江区", "滨江", "gdp"])).toEqual([
      [0, 3],
      [4, 7],
      [8, 11],
      [11, 13],
    ]);
  });

  it("cuts a window around the first match and marks matches inside it", () => {
    const body = "前".repeat(100) + "亚运" + "后".repeat(100);
    const { snippet, highlights } = snippetOf(body, ["亚运"]);
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    const [s, e] = highlights[0]!;
    expect(snippet.slice(s, e)).toBe("亚运");
  });

  it("never returns markup: text with < and & stays text with ranges", () => {
    const { snippet, highlights } = snippetOf("<b>亚运</b> & more", ["亚运"]);
    expect(snippet).toBe("<b>亚运</b> & more");
    expect(highlights).toEqual([[3, 5]]);
  });
});
