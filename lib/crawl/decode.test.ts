import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { canonicalCharset, decodeBody } from "./decode";

const TEXT = "浙江省丽水市遂昌县王村口镇";
const html = (meta: string, body = TEXT) => `<html><head>${meta}<title>t</title></head><body>${body}</body></html>`;

describe("decoding a fetched page", () => {
  it("takes the charset from the header first", () => {
    const d = decodeBody(iconv.encode(html('<meta charset="utf-8">'), "gbk"), { contentType: "text/html; charset=GBK" });
    expect(d).toMatchObject({ charset: "gb18030", from: "header" });
    expect(d.text).toContain(TEXT);
  });

  it("then a byte-order mark, then <meta charset> or <meta http-equiv>", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html('<meta charset="gbk">'))]);
    expect(decodeBody(bom, { contentType: "text/html" })).toMatchObject({ charset: "utf-8", from: "bom" });
    expect(decodeBody(bom).text.startsWith("<html>")).toBe(true);
    const gb2312 = iconv.encode(html('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), "gb2312");
    expect(decodeBody(gb2312, { contentType: "text/html" })).toMatchObject({ charset: "gb18030", from: "meta", text: expect.stringContaining(TEXT) });
  });

  it("decodes Big5 and GB18030 four-byte characters", () => {
    const big5 = iconv.encode(html('<meta charset="big5">', "臺灣繁體中文"), "big5");
    expect(decodeBody(big5).text).toContain("臺灣繁體中文");
    const rare = "㐀䶵"; // CJK Extension A: four-byte sequences in GB18030
    expect(decodeBody(iconv.encode(html('<meta charset="gb18030">', rare), "gb18030")).text).toContain(rare);
  });

  it("reads the XML declaration of a feed", () => {
    const xml = iconv.encode(`<?xml version="1.0" encoding="GB2312"?><rss><channel><title>${TEXT}</title></channel></rss>`, "gbk");
    expect(decodeBody(xml, { contentType: "application/rss+xml" })).toMatchObject({ from: "meta", text: expect.stringContaining(TEXT) });
  });

  it("without any label: valid UTF-8 stays UTF-8, anything else is read as GB18030", () => {
    expect(decodeBody(Buffer.from(html(""))).charset).toBe("utf-8");
    expect(decodeBody(iconv.encode(html(""), "gbk"))).toMatchObject({ charset: "gb18030", from: "sniff", text: expect.stringContaining(TEXT) });
  });

  it("the source's own encoding overrides a site that lies", () => {
    const d = decodeBody(iconv.encode(html('<meta charset="utf-8">'), "gbk"), { contentType: "text/html; charset=utf-8", configured: "gbk" });
    expect(d).toMatchObject({ from: "config", text: expect.stringContaining(TEXT) });
  });

  it("knows the labels sites write", () => {
    expect(["GBK", "gb2312", "x-gbk", "GB18030", '"gbk"'].map(canonicalCharset)).toEqual(Array(5).fill("gb18030"));
    expect(canonicalCharset("koi8-r")).toBeNull();
  });
});
