// Rough reconstruction of the seed page's articles for tests: headings (# ...) start articles,
// paragraphs are joined and spaces between CJK characters removed. The real segmenter lives in
// lib/ingest; this only has to be good enough to check geocoding against the gold labels.
import fs from "node:fs";
import path from "node:path";

export type SeedArticle = { title: string; body: string };

const CJK_SPACE = /([\u3000-\u9fff\uff00-\uffef"(),.:;!?、。])\s+(?=[\u3000-\u9fff\uff00-\uffef"(),:;!?、。])/g;

export function squashCjk(s: string): string {
  return s.replace(CJK_SPACE, "$1").replace(CJK_SPACE, "$1").trim();
}

export function splitSeedPage(text: string): SeedArticle[] {
  const out: SeedArticle[] = [];
  let current: { title: string; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const paragraphs = current.lines
      .join("\n")
      .split(/\n\s*\n/)
      .map((p) => squashCjk(p.replace(/\s*\n\s*/g, "")))
      .filter((p) => p.length > 0);
    out.push({ title: current.title, body: paragraphs.join("\n\n") });
  };
  for (const line of text.split("\n")) {
    const h = /^#+\s*(.+)$/.exec(line);
    if (h?.[1]) {
      flush();
      current = { title: h[1].trim(), lines: [] };
    } else if (current) current.lines.push(line);
  }
  flush();
  return out;
}

export function loadSeedArticles(root: string = process.cwd()): SeedArticle[] {
  return splitSeedPage(fs.readFileSync(path.join(root, "data/sources/zhejiang-news-page.txt"), "utf8"));
}
