import { describe, expect, it } from "vitest";
import { Trie } from "./trie";

describe("Trie", () => {
  it("finds every stored word at every position, overlapping ones included", () => {
    const t = new Trie<string>();
    t.add("杭州", "city");
    t.add("杭州市", "city-full");
    t.add("州市", "x");
    const hits = t.findAll("在杭州市上城区").map((h) => `${h.start}-${h.end}:${h.value}`);
    expect(hits).toEqual(["1-3:city", "1-4:city-full", "2-4:x"]);
  });

  it("keeps several values for one word and reports the size", () => {
    const t = new Trie<number>();
    t.add("东湖街道", 1);
    t.add("东湖街道", 2);
    t.add("", 3);
    expect(t.get("东湖街道")).toEqual([1, 2]);
    expect(t.get("东湖")).toEqual([]);
    expect(t.size).toBe(2);
  });

  it("respects the from/to window", () => {
    const t = new Trie<string>();
    t.add("滨江", "a");
    expect(t.findAll("滨江滨江", 1, 3)).toEqual([]);
    expect(t.findAll("滨江滨江", 2, 4)).toEqual([{ start: 2, end: 4, value: "a" }]);
  });
});
