// kill -9 at any point of an ingest leaves whole pages only, and the next run completes the rest
// (and stores nothing twice: the page count matches exactly).
// A real child process is killed with SIGKILL at staggered moments (while extracting, while writing,
// between batches); after each kill the database is checked page by page against the extraction.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { extractDocument } from "@/lib/ingest/pipeline";
import { synthCorpus } from "@/lib/synth/corpus";
import { ROOT, runScript } from "./cli-test-helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zjmap-crash-"));
const dbFile = path.join(dir, "db.sqlite");
const env = { DATABASE_URL: `file:${dbFile}` };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const gaz = loadGazetteer();
const pages = [...synthCorpus(gaz, { seed: 99, articles: 700 })];
const files = pages.map((p) => {
  const f = path.join(dir, p.fileName);
  fs.writeFileSync(f, p.text);
  return f;
});
// What each page must hold when it is stored at all.
const expected = new Map(
  pages.map((p) => {
    const doc = extractDocument(p.text, { gazetteer: gaz, publishedOn: null });
    const n = (k: "mentions" | "metrics") => doc.articles.reduce((s, a) => s + a[k].length, 0);
    return [p.text, { articles: doc.articles.length, mentions: n("mentions"), metrics: n("metrics") }];
  }),
);

/** Starts the ingest as the real node process (not through the tsx wrapper, whose child would survive). */
function startIngest() {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/ingest.ts"), "--batch", "15", ...files], {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function checkWholePages(): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const rows = db
      .prepare(
        `SELECT s."rawText" AS text,
           (SELECT count(*) FROM "Article" a WHERE a."sourceId" = s."id") AS articles,
           (SELECT count(*) FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId" WHERE a."sourceId" = s."id") AS mentions,
           (SELECT count(*) FROM "Metric" m JOIN "Article" a ON a."id" = m."articleId" WHERE a."sourceId" = s."id") AS metrics
         FROM "Source" s`,
      )
      .all() as { text: string; articles: number; mentions: number; metrics: number }[];
    for (const r of rows) expect({ articles: r.articles, mentions: r.mentions, metrics: r.metrics }).toEqual(expected.get(r.text));
    return rows.length;
  } finally {
    db.close();
  }
}

describe("ingest killed with SIGKILL", () => {
  it("leaves whole pages after every kill, and a rerun stores exactly the rest", async () => {
    let stored = 0;
    // Kill moments after the first committed batch shows up: right away, mid-way, later.
    for (const delay of [0, 60, 200]) {
      const child = startIngest();
      await new Promise<void>((resolve, reject) => {
        let seen = false;
        child.stdout.on("data", (chunk: Buffer) => {
          if (!seen && /stored \d+ articles/.test(chunk.toString())) {
            seen = true;
            setTimeout(() => child.kill("SIGKILL"), delay);
          }
        });
        child.on("exit", (code, signal) => (signal === "SIGKILL" || code === 0 ? resolve() : reject(new Error(`ingest exited ${code}`))));
      });
      const now = checkWholePages();
      expect(now).toBeGreaterThanOrEqual(stored);
      stored = now;
    }
    expect(stored).toBeLessThan(pages.length);

    const done = runScript("ingest.ts", files, env);
    expect(done.code).toBe(0);
    expect(checkWholePages()).toBe(pages.length);
  }, 240_000);
});
