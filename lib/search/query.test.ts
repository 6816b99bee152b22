import { describe, expect, it } from "vitest";
import { fts5Match, highlightNeedles, parseSearchQuery, QueryError, tsQuery } from "./query";
import { gramTokens, wordTokens } from "./tokenize";

describe("search tokens", () => {
  it("indexes Han runs as overlapping bigrams closed by the last character, other words lower-cased", () => {
    expect(gramTokens("滨江区亚运，GDP增长5%")).toEqual(["滨江", "江区", "区亚", "亚运", "运_", "gdp", "增长", "长_", "5"]);
    expect(gramTokens("水")).toEqual(["水_"]);
    expect(gramTokens("Ｇ２０峰会")).toEqual(["g20", "峰会", "会_"]);
  });

  it("adds dictionary words of two or more characters for ranking", () => {
    expect(wordTokens("滨江区亚运会工作")).toEqual(expect.arrayContaining(["滨江区", "亚运会", "工作"]));
    expect(wordTokens("GDP")).toEqual([]);
  });
});

describe("parseSearchQuery", () => {
  it("turns two or more Han characters into the phrase of their bigrams, words into prefixes", () => {
    const q = parseSearchQuery("滨江 亚运会 GD")!;
    expect(q.terms.map((t) => t.segments)).toEqual([
      [{ kind: "phrase", text: "滨江", grams: ["滨江"] }],
      [{ kind: "phrase", text: "亚运会", grams: ["亚运", "运会"] }],
      [{ kind: "prefix", text: "gd", token: "gd" }],
    ]);
    expect(fts5Match(q)).toBe(
      '(({titleGrams bodyGrams} : "滨江" OR {titleWords bodyWords} : "滨江"*)) AND (({titleGrams bodyGrams} : "亚运 运会" OR {titleWords bodyWords} : "亚运会"*)) AND ({titleGrams bodyGrams} : "gd"*)',
    );
    expect(tsQuery(q)).toBe("(('滨江':AB) | '滨江':*CD) & (('亚运':AB <-> '运会':AB) | '亚运会':*CD) & 'gd':*AB");
  });

  it("treats % and _ as plain characters that carry no meaning, and one Han character as a prefix", () => {
    const q = parseSearchQuery("100% a_b 水")!;
    expect(q.terms.map((t) => t.segments.map((s) => s.text))).toEqual([["100"], ["a", "b"], ["水"]]);
    expect(fts5Match(q)).not.toContain("%");
    expect(highlightNeedles(q)).toEqual(["100", "a", "b", "水"]);
  });

  it("is case-insensitive and folds full-width letters", () => {
    expect(fts5Match(parseSearchQuery("ＧＤＰ")!)).toBe(fts5Match(parseSearchQuery("gdp")!));
  });

  it("refuses NUL, control characters, broken text, over-long and empty-of-content queries; empty is no search", () => {
    expect(parseSearchQuery("   ")).toBeNull();
    for (const bad of ["亚运\u0000", "a\u0007b", "\ud800x", "%%", "___", "。，！", "亚".repeat(101)]) expect(() => parseSearchQuery(bad), bad).toThrow(QueryError);
    expect(parseSearchQuery("a\tb\nc")!.terms).toHaveLength(3);
  });

  it("keeps at most eight distinct terms", () => {
    expect(parseSearchQuery("a b c d e f g h i j a")!.terms).toHaveLength(8);
    expect(parseSearchQuery("亚运 亚运 ＡＢ ab")!.terms).toHaveLength(2);
  });
});
