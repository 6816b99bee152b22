import { describe, expect, it } from "vitest";
import { articleIds, sha256 } from "./article-id";

describe("articleIds", () => {
  it("is stable for the same page and title", () => {
    const h = sha256("page");
    expect(articleIds(h, ["甲", "乙"])).toEqual(articleIds(h, ["甲", "乙"]));
  });

  it("does not depend on the article's position when titles are unique", () => {
    const h = sha256("page");
    const [a] = articleIds(h, ["甲", "乙"]);
    const [, b] = articleIds(h, ["乙", "甲"]);
    expect(a).toBe(b);
  });

  it("differs between pages and keeps repeated or empty titles unique", () => {
    const ids = articleIds(sha256("page"), ["同题", "同题", "", ""]);
    expect(new Set(ids).size).toBe(4);
    expect(articleIds(sha256("other"), ["同题"])[0]).not.toBe(articleIds(sha256("page"), ["同题"])[0]);
    expect(ids.every((id) => /^[0-9a-f]{12}$/.test(id))).toBe(true);
  });
});
