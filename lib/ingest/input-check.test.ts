import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeInput, InputError } from "./input-check";
import { MAX_INPUT_BYTES } from "./limits";
import { segmentPage } from "./segment";

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  const view = new DataView(out.buffer);
  let o = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    o = 2;
  }
  for (let i = 0; i < s.length; i++) view.setUint16(o + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

function rejects(bytes: Uint8Array, message: RegExp): void {
  let caught: unknown;
  try {
    decodeInput(bytes);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as Error).message).toMatch(message);
}

describe("decodeInput: text encodings", () => {
  const page = "## 海盐核电小镇\n\n海盐县秦山街道推进核电关联产业集聚,去年产值达到85亿元。\n";

  it("reads UTF-8 and strips a UTF-8 BOM", () => {
    expect(decodeInput(utf8(page))).toBe(page);
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page)]))).toBe(page);
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeInput(utf16(page, true, true))).toBe(page);
    expect(decodeInput(utf16(page, false, true))).toBe(page);
  });

  it("reads UTF-16 without a BOM when the NUL pattern is unmistakable", () => {
    const ascii = "Haiyan county nuclear town report\n";
    expect(decodeInput(utf16(ascii, true, false))).toBe(ascii);
    expect(decodeInput(utf16(page, true, false))).toBe(page);
    expect(decodeInput(utf16(page, false, false))).toBe(page);
  });

  it("reads BOM-less UTF-16 whose hanzi put NULs on both sides (一, ideographic space)", () => {
    // U+4E00 一 and U+3000 are 00 4E / 00 30 in little-endian, while ASCII is 41 00: NULs at even
    // and odd offsets alike, which once made such a page look binary.
    const mixed = "一个村的报道\n\u3000\u3000海盐县秦山街道一年产值达到85亿元。\n";
    expect(decodeInput(utf16(mixed, true, false))).toBe(mixed);
    expect(decodeInput(utf16(mixed, false, false))).toBe(mixed);
  });

  it("reads BOM-less UTF-16 made only of hanzi (no NUL bytes at all)", () => {
    const hanzi = "海盐县秦山街道推进核电关联产业集聚去年产值达到八十五亿元";
    expect(decodeInput(utf16(hanzi, true, false))).toBe(hanzi);
    expect(decodeInput(utf16(hanzi, false, false))).toBe(hanzi);
  });

  it("reads the seed page saved as BOM-less UTF-16 in either byte order", () => {
    const seed = readFileSync("data/sources/zhejiang-news-page.txt", "utf8");
    expect(decodeInput(utf16(seed, true, false))).toBe(seed);
    expect(decodeInput(utf16(seed, false, false))).toBe(seed);
  });

  it("still refuses binary with NULs on both sides", () => {
    const bin = new Uint8Array(4096);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919) % 251 === 0 ? 0 : (i * 31 + 7) % 256;
    rejects(bin, /binary|not text|not valid/u);
  });

  it("reads GB18030 (GBK) Chinese text", () => {
    // "海盐县推进产业集聚。" encoded in GBK.
    const gbk = new Uint8Array([0xba, 0xa3, 0xd1, 0xce, 0xcf, 0xd8, 0xcd, 0xc6, 0xbd, 0xf8, 0xb2, 0xfa, 0xd2, 0xb5, 0xbc, 0xaf, 0xbe, 0xdb, 0xa1, 0xa3]);
    expect(decodeInput(gbk)).toBe("海盐县推进产业集聚。");
  });
});

describe("decodeInput: rejected files", () => {
  it("rejects empty and whitespace-only files", () => {
    rejects(new Uint8Array(), /empty/u);
    rejects(utf8(" \n\t\r\n  \u3000 "), /whitespace/u);
  });

  it("rejects binary files", () => {
    rejects(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/u);
    rejects(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00]), /binary/u);
    rejects(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xfd]), /not valid UTF-8/u);
  });

  it("rejects text that is mostly control characters", () => {
    rejects(utf8("\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008"), /not text/u);
  });

  it("rejects UTF-32 and files over the size limit", () => {
    rejects(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32/u);
    rejects(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41), /too large/u);
  });

  it("throws nothing but InputError, whatever the bytes", () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let round = 0; round < 300; round++) {
      const bytes = new Uint8Array(rand() % 300);
      for (let i = 0; i < bytes.length; i++) bytes[i] = round % 3 === 0 ? 0x20 + (rand() % 0x60) : rand() % 256;
      try {
        const text = decodeInput(bytes);
        expect(typeof text).toBe("string");
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
      }
    }
    expect(() => decodeInput(null as unknown as Uint8Array)).toThrow(InputError);
  });
});

describe("decodeInput: HTML", () => {
  const html = `<!DOCTYPE html>
<html><head><title>某网站 - 新闻</title><style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<article>
  <h1>常山胡柚&ldquo;链&rdquo;出共富路</h1>
  <p>本报讯(记者 徐晓燕)近日,常山县胡柚产业
  年产值突破&nbsp;50亿元&#12290;</p>
  <p>胡柚深加工企业已达&#x33;6家&amp;合作社12家。<br>(汪建国)</p>
  <!-- ad slot -->
  <div><h2>开化根宫佛国文化旅游区提质升级</h2><p>开化县投入资金3.2亿元,完成景区改造。</p></div>
</article></body></html>`;

  it("converts HTML to text instead of rejecting it", () => {
    const text = decodeInput(utf8(html));
    expect(text).not.toMatch(/<|>|color|not text|首页|ad slot/u);
    expect(text).toContain("# 常山胡柚“链”出共富路");
    expect(text).toContain("年产值突破 50亿元。");
    expect(text).toContain("36家&合作社12家。\n(汪建国)");
  });

  it("feeds the segmenter: headings become titles", () => {
    const arts = segmentPage(decodeInput(utf8(html)));
    expect(arts.map((a) => a.title)).toEqual(['常山胡柚"链"出共富路', "开化根宫佛国文化旅游区提质升级"]);
    expect(arts[0]!.authors).toEqual(["徐晓燕", "汪建国"]);
    expect(arts[0]!.body).toBe("近日,常山县胡柚产业年产值突破50亿元。\n\n胡柚深加工企业已达36家&合作社12家。");
  });

  it("recognises an HTML fragment without a doctype", () => {
    const text = decodeInput(utf8("<p>第一段。</p><p>第二段。</p><p>第三段。</p>"));
    expect(text).toBe("第一段。\n\n第二段。\n\n第三段。");
  });

  it("leaves plain text that merely mentions a tag alone", () => {
    const text = "文中提到 <p> 标签。\n\n这是正文。";
    expect(decodeInput(utf8(text))).toBe(text);
  });
});
