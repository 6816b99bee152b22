// SQLite configured for a server: WAL, busy timeout, synchronous=NORMAL, and no read fails or sees
// half a page while a large ingest runs in another process.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { extractDocument } from "../ingest/pipeline";
import { loadCountyPopulation } from "../ref/population";
import { synthCorpus } from "../synth/corpus";
import { createDb, type Db } from "./client";
import { seedPlaces } from "./seed-places";
import { openSqlite, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite";
import { tempSqliteDb } from "./test-db";

describe("SQLite for a server", () => {
  let db: Db;
  let file: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await tempSqliteDb();
    ({ db, cleanup } = t);
    file = t.target.kind === "sqlite" ? t.target.file : "";
    await seedPlaces(db, loadGazetteer(), loadCountyPopulation());
  });
  afterAll(() => cleanup());

  it("runs every connection in WAL mode with synchronous=NORMAL and a busy timeout", async () => {
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode!.journal_mode).toBe("wal");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(Number(sync!.synchronous)).toBe(1); // NORMAL
    const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(busy!.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
    const raw = openSqlite(file);
    try {
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(raw.pragma("synchronous", { simple: true })).toBe(1);
      expect(raw.pragma("foreign_keys", { simple: true })).toBe(1);
    } finally {
      raw.close();
    }
  });

  it("serves every read while another process ingests, never half a page", async () => {
    const dir = path.dirname(file);
    const gaz = loadGazetteer();
    const pages = [...synthCorpus(gaz, { seed: 11, articles: 600 })];
    // What the pipeline cuts from these pages (the splitter decides; the ingest must store exactly that).
    const extracted = pages.reduce((n, p) => n + extractDocument(p.text, { gazetteer: gaz }).articles.length, 0);
    const files = pages.map((p) => {
      const f = path.join(dir, p.fileName);
      fs.writeFileSync(f, p.text);
      return f;
    });
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--batch", "10", ...files], {
      env: { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let running = true;
    void exited.then(() => (running = false));

    // A second client, as the web server would hold, reading in a loop while the ingest writes.
    const reader = createDb({ kind: "sqlite", file, url: `file:${file}` });
    const errors: unknown[] = [];
    let reads = 0;
    let readsWhileWriting = 0;
    let lastCount = 0;
    try {
      while (running) {
        try {
          const [count, empty, page] = await Promise.all([
            reader.article.count(),
            // Sources without articles: would be visible if a page could be seen half-written.
            reader.source.count({ where: { articles: { none: {} } } }),
            reader.article.findMany({ take: 20, orderBy: { publishedOn: "desc" }, include: { metrics: true } }),
          ]);
          expect(empty).toBe(0);
          expect(count).toBeGreaterThanOrEqual(lastCount);
          expect(page.length).toBeLessThanOrEqual(20);
          lastCount = count;
          reads++;
          if (count > 0 && running) readsWhileWriting++;
        } catch (e) {
          errors.push(e);
        }
        // better-sqlite3 answers synchronously: give the event loop a turn to notice the child's exit.
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      await reader.$disconnect();
    }
    expect(await exited, stderr).toBe(0);
    expect(errors).toEqual([]);
    expect(readsWhileWriting).toBeGreaterThan(5);
    expect(reads).toBeGreaterThan(readsWhileWriting - 1);
    expect(await db.article.count()).toBe(extracted);
  }, 180_000);
});
