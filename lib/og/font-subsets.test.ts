import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  covers,
  subsetKey,
  fontsForText,
  loadSubsets,
  notoSansScDir,
  parseFontFaces,
  parseUnicodeRange,
  subsetsForText,
  withoutMissing,
} from "./font-subsets";

const CSS = `
/* noto-sans-sc-[7]-700-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-weight: 700;
  src: url(./files/a-700.woff2) format('woff2'), url(./files/a-700.woff) format('woff');
  unicode-range: U+4e00-4e0f,U+3001;
}
@font-face {
  font-family: 'Noto Sans SC';
  font-weight: 700;
  src: url(./files/only.woff2) format('woff2');
  unicode-range: U+5000;
}
@font-face {
  font-family: 'Noto Sans SC';
  font-style: italic;
  font-weight: 700;
  src: url("./files/b-700.woff") format("woff");
  unicode-range: U+0000-00FF, U+4e0a;
}
`;

describe("parseUnicodeRange", () => {
  it("reads single points, spans and wildcards, sorted", () => {
    expect(parseUnicodeRange("U+4e0a-4e0f, U+0041,U+4??")).toEqual([
      [0x41, 0x41],
      [0x400, 0x4ff],
      [0x4e0a, 0x4e0f],
    ]);
  });
  it("skips garbage instead of throwing", () => {
    expect(parseUnicodeRange("U+zz, hello, U+20-10")).toEqual([]);
  });
});

describe("parseFontFaces", () => {
  it("keeps faces with a .woff source and a range, in CSS order", () => {
    const faces = parseFontFaces(CSS);
    expect(faces.map((f) => [f.file, f.weight, f.style])).toEqual([
      ["files/a-700.woff", 700, "normal"],
      ["files/b-700.woff", 700, "italic"],
    ]);
    expect(covers(faces[0]!, 0x4e05)).toBe(true);
    expect(covers(faces[0]!, 0x3001)).toBe(true);
    expect(covers(faces[0]!, 0x4e10)).toBe(false);
  });
});

describe("subsetKey", () => {
  it("names a subset the same in every weight", () => {
    expect(subsetKey({ file: "files/noto-sans-sc-57-700-normal.woff", weight: 700, style: "normal", ranges: [] })).toBe("57");
    expect(subsetKey({ file: "files/noto-sans-sc-latin-400-normal.woff", weight: 400, style: "normal", ranges: [] })).toBe("latin");
  });
});

describe("subsetsForText", () => {
  const faces = parseFontFaces(CSS);
  it("picks the first subset that covers each character, and each subset once", () => {
    const r = subsetsForText(faces, "\u4e00\u4e01、A\u4e0a");
    expect(r.subsets.map((s) => s.file)).toEqual(["files/a-700.woff", "files/b-700.woff"]);
    expect(r.missing).toEqual([]);
  });
  it("reports characters no subset covers and ignores whitespace", () => {
    const r = subsetsForText(faces, "A \n\u9fa5");
    expect(r.missing).toEqual(["\u9fa5"]);
    expect(withoutMissing("A\u9fa5B", r.missing)).toBe("AB");
  });
});

// The real package: the fonts every Open Graph image relies on.
describe("@fontsource/noto-sans-sc", () => {
  const dir = notoSansScDir(path.resolve(import.meta.dirname, "../.."));

  it("declares about a hundred WOFF subsets per weight, all present on disk", () => {
    for (const weight of [400, 700] as const) {
      const faces = loadSubsets(weight, dir);
      expect(faces.length).toBeGreaterThan(90);
      for (const f of faces) expect(fs.existsSync(path.join(dir, f.file)), f.file).toBe(true);
    }
  });

  it("covers a seed title, place names, metric chips and the ≈ sign with a few files", () => {
    const text = "聚焦重点工程 确保群众喝上优质水 绍兴市新昌县回山镇 ≈3500万元 1.3万名 浙江基层动态地图";
    const { fonts, missing } = fontsForText(text, [400, 700], dir);
    expect(missing).toEqual([]);
    // satori keeps one font per name: one subset carries the family name, the others their own
    // names, each name once per weight
    const names400 = fonts.filter((f) => f.weight === 400).map((f) => f.name);
    const names700 = fonts.filter((f) => f.weight === 700).map((f) => f.name);
    expect(names400[0]).toBe("Noto Sans SC");
    expect(new Set(names400).size).toBe(names400.length);
    expect(names700).toEqual(names400);
    expect(names400.slice(1).every((n) => /^Noto Sans SC \S+$/.test(n))).toBe(true);
    expect(fonts.some((f) => f.weight === 400)).toBe(true);
    expect(fonts.some((f) => f.weight === 700)).toBe(true);
    // far fewer than the ~100 subsets per weight
    expect(fonts.length).toBeLessThan(60);
    // each is a WOFF file (signature "wOFF"), which satori can read
    for (const f of fonts) expect(new TextDecoder().decode(new Uint8Array(f.data, 0, 4))).toBe("wOFF");
  });
});
