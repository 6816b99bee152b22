import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segmentPage, segmentSingle } from "./segment";

const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../../data/sources/zhejiang-news-page.txt"), "utf8");

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const PIECES = ["(", ")", "(", "(张三)", "(市、区)", "#", "## ", "\n", "\n\n", " ", "。", ",", '"', "本报讯", "记者", "摄", "图为",
  "▲", "——", "编辑:", "\u0000", "\ud800", "\uffff", "💡", "<p>", "&amp;", "一、", "(一)", "1.", "杭州", "的", "\r", "\t", "\u3000"];

function check(arts: ReturnType<typeof segmentPage>): void {
  arts.forEach((a, i) => {
    expect(a.position).toBe(i);
    expect(typeof a.title).toBe("string");
    expect(typeof a.body).toBe("string");
    expect(a.body).not.toMatch(/\n{3,}/u);
    expect(a.title === "" && a.body === "").toBe(false);
  });
}

describe("segmentPage never throws", () => {
  it("on random code units", () => {
    const r = rng(7);
    for (let round = 0; round < 200; round++) {
      let s = "";
      const n = Math.floor(r() * 400);
      for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(r() * 0x10000));
      check(segmentPage(s));
      segmentSingle(s);
    }
  });

  it("on random mixes of the constructs the segmenter looks for", () => {
    const r = rng(11);
    for (let round = 0; round < 300; round++) {
      let s = "";
      const n = Math.floor(r() * 120);
      for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)]!;
      check(segmentPage(s));
      segmentSingle(s);
    }
  });

  it("on the seed page cut, shuffled and with its lines mangled", () => {
    const r = rng(3);
    const lines = seed.split("\n");
    for (let round = 0; round < 100; round++) {
      const start = Math.floor(r() * seed.length);
      check(segmentPage(seed.slice(start, start + Math.floor(r() * 3000))));
      const shuffled = lines.map((l) => (r() < 0.2 ? l.slice(Math.floor(r() * l.length)) : l)).sort(() => r() - 0.5);
      check(segmentPage(shuffled.join(r() < 0.5 ? "\n" : "\n\n")));
    }
  });

  it("on pathological shapes", () => {
    for (const s of ["(".repeat(5000), "#".repeat(5000), "a" + " ".repeat(20000) + "b", "\n".repeat(5000), "。".repeat(5000), "(张三 ".repeat(2000),
      '"'.repeat(3000), "摄".repeat(3000), "<".repeat(3000)])
      check(segmentPage(s));
  });
});

describe("segmentPage scales linearly", () => {
  it("handles a page of 200,000 wrapped lines in a single block (no spread/stack limits)", () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `第${i}个数字经济项目落地,`);
    const arts = segmentPage(lines.join("\n") + "\n完成。");
    expect(arts).toHaveLength(1);
    expect(arts[0]!.body).toBe(lines.join("") + "完成。");
  });

  // Timing is checked by hand (a 10 MB page); here only that a 1 MB page of seed text is processed whole.
  it("segments a page built from many seed copies", () => {
    const copies = Math.ceil(1_000_000 / seed.length);
    const arts = segmentPage(Array.from({ length: copies }, () => seed).join("\n\n"));
    expect(arts.length).toBe(11 * copies);
  });
});
