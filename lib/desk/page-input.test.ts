import { describe, expect, it } from "vitest";
import { InputError } from "../ingest/input-check";
import { decodeFile, parsePageRequest } from "./page-input";
import { DeskError } from "./page-store";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

describe("a page sent by the desk", () => {
  it("takes pasted text or one file, with a source name and an optional date", () => {
    expect(parsePageRequest({ text: "某县新闻\n\n正文。", name: " 某报 ", publishedOn: "" })).toEqual({
      rawText: "某县新闻\n\n正文。",
      name: "某报",
      publishedOn: null,
      fileName: null,
      single: false,
    });
    const fromFile = parsePageRequest({ file: { fileName: "page.html", base64: b64("<html><body><h1>标题</h1><p>某镇开展活动。</p></body></html>") }, name: "某报", publishedOn: "2026-05-16" });
    expect(fromFile.rawText).toContain("某镇开展活动");
    expect(fromFile.rawText).not.toContain("<p>");
    expect(fromFile).toMatchObject({ fileName: "page.html", publishedOn: "2026-05-16" });
  });

  it("refuses both or neither, a missing source, a bad date, other file types and junk", () => {
    expect(() => parsePageRequest({ name: "某报" })).toThrow(DeskError);
    expect(() => parsePageRequest({ text: "正文", file: { fileName: "a.txt", base64: b64("正文") }, name: "某报" })).toThrow(/paste the page's text or give one file/);
    expect(() => parsePageRequest({ text: "正文", name: "" })).toThrow(/source name/);
    expect(() => parsePageRequest({ text: "正文", name: "某报", publishedOn: "2026-02-30" })).toThrow(/calendar date/);
    expect(() => parsePageRequest({ file: { fileName: "a.pdf", base64: b64("x") }, name: "某报" })).toThrow(/only .txt and .html/);
    expect(() => decodeFile({ fileName: "a.txt", base64: "not base64!" })).toThrow(InputError);
    expect(() => decodeFile({ fileName: "a.txt", base64: Buffer.from([0, 1, 2, 3, 0, 5, 6, 7]).toString("base64") })).toThrow(InputError);
  });
});
