import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { contractDocumentSchema } from "@/lib/ingest/contract";
import { MAX_INPUT_BYTES } from "@/lib/ingest/limits";
import { runScript, tmpFile } from "./cli-test-helpers";

const SEED = fs.readFileSync("data/sources/zhejiang-news-page.txt", "utf8");

function extractOk(file: string, single = false) {
  const r = runScript("extract.ts", single ? [file, "--single"] : [file]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return contractDocumentSchema.parse(JSON.parse(r.stdout));
}

describe("npm run extract (the command-line contract)", () => {
  it("prints only the JSON document for the seed page", () => {
    const doc = extractOk("data/sources/zhejiang-news-page.txt");
    expect(doc.articles).toHaveLength(11);
  });

  it("with --single treats the whole file as one article", () => {
    const doc = extractOk(tmpFile("one.txt", "玉环创成省级全域旅游示范市\n\n近日,玉环市成为本批次台州唯一获评的县(市、区)。"), true);
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]!.place?.county?.adcode).toBe("331083");
  });

  it("gives place null for text about no Zhejiang place", () => {
    const doc = extractOk(tmpFile("sh.txt", "上海举办进博会\n\n上海市近日举办博览会,吸引3000余家企业参展。"), true);
    expect(doc.articles[0]!.place).toBeNull();
  });

  it("converts HTML to text instead of failing", () => {
    const html = "<html><head><style>p{}</style></head><body><h1>滨江区开展培训</h1><p>杭州市滨江区累计培训干部3100余人次。</p></body></html>";
    const doc = extractOk(tmpFile("page.html", html));
    expect(doc.articles[0]!.body).not.toMatch(/<|>/);
    expect(doc.articles[0]!.place?.county?.adcode).toBe("330108");
  });

  it("refuses an empty file with a clear error and non-zero exit", () => {
    const r = runScript("extract.ts", [tmpFile("empty.txt", "  \n\n")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^extract: .*empty/m);
  });

  it("refuses a binary file", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 131) % 256);
    const r = runScript("extract.ts", [tmpFile("x.bin", bytes)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/binary|not text|UTF/i);
  });

  it("handles a 10 MB page and refuses one over the limit", () => {
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(SEED));
    const big = tmpFile("big.txt", Array.from({ length: copies }, () => SEED).join("\n\n"));
    const r = runScript("extract.ts", [big]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { articles: unknown[] };
    expect(doc.articles.length).toBeGreaterThan(copies * 10);

    const tooBig = tmpFile("huge.txt", "浙".repeat(Math.ceil(MAX_INPUT_BYTES / 3) + 10));
    const r2 = runScript("extract.ts", [tooBig]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/MB/);
  });

  it("explains usage and missing files", () => {
    expect(runScript("extract.ts", []).code).toBe(2);
    expect(runScript("extract.ts", ["a", "b"]).code).toBe(2);
    const missing = runScript("extract.ts", ["/nonexistent/page.txt"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
