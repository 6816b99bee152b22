// Dev aid (read path): fills a SQLite database with N SYNTHETIC stories for measuring reads at
// province scale, until the write path's corpus generator (scripts/bench) is merged. Stories are
// the seed page's articles re-placed at real gazetteer townships with varied dates and numbers;
// every source is named "合成基准数据" and never loaded by `npm start`.
//
//   npx tsx scripts/dev/grow-db.ts --db .local/big.sqlite --articles 100000
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { syncSearchIndex } from "@/lib/db/search-index";
import { setupDatabase } from "../db-setup";
import { ROOT } from "../lib/run";

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
};

export const SYNTHETIC_SOURCE = "合成基准数据（synthetic benchmark data）";

/** A deterministic pseudo-random generator, so two runs build the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function growDatabase(file: string, articles: number, log = console.log): Promise<void> {
  const target = resolveDatabase({ DATABASE_URL: `file:${file}` }, ROOT);
  await setupDatabase({ target });
  const sqlite = new Database(target.kind === "sqlite" ? target.file : file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  const have = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "Source" WHERE "name" = ?`).get(SYNTHETIC_SOURCE) as { n: number }).n;
  const seed = sqlite.prepare(`SELECT * FROM "Article" WHERE "sourceId" NOT IN (SELECT "id" FROM "Source" WHERE "name" = ?)`).all(SYNTHETIC_SOURCE) as Record<string, unknown>[];
  const metricsOf = sqlite.prepare(`SELECT * FROM "Metric" WHERE "articleId" = ? ORDER BY "position"`);
  const seedMetrics = new Map(seed.map((a) => [a.id as string, metricsOf.all(a.id) as Record<string, unknown>[]]));
  const towns = sqlite
    .prepare(`SELECT t."code", t."name", t."lon", t."lat", t."parentCode" AS county, c."name" AS countyName, c."cityCode" AS city FROM "Place" t JOIN "Place" c ON c."code" = t."parentCode" WHERE t."level" = 'township' AND t."lon" IS NOT NULL AND c."level" = 'county'`)
    .all() as { code: string; name: string; lon: number; lat: number; county: string; countyName: string; city: string }[];
  const perPage = 10;
  const pagesWanted = Math.ceil(articles / perPage);
  const rand = rng(20261207);
  const insSource = sqlite.prepare(`INSERT INTO "Source" ("id", "name", "publishedOn", "fileName", "rawText", "contentHash") VALUES (?, ?, ?, ?, ?, ?)`);
  const insArticle = sqlite.prepare(
    `INSERT INTO "Article" ("id", "sourceId", "position", "title", "authors", "body", "captions", "tags", "publishedOn", "placeLevel", "cityCode", "countyCode", "townshipCode", "lon", "lat", "confidence") VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?, 'township', ?, ?, ?, ?, ?, 0.9)`,
  );
  const insMetric = sqlite.prepare(
    `INSERT INTO "Metric" ("articleId", "position", "text", "value", "unit", "approx", "label", "kind", "start", "end", "normValue", "normUnit", "indicator", "indicatorConfidence", "partOf") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const pageTx = sqlite.transaction((p: number) => {
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 5 * 365) * 86400_000).toISOString().slice(0, 10);
    const raw = `合成基准数据 第${p}版（synthetic page ${p}）`;
    const hash = createHash("sha256").update(raw).digest("hex");
    const sourceId = hash.slice(0, 16);
    insSource.run(sourceId, SYNTHETIC_SOURCE, day, "synthetic-bench", raw, hash);
    for (let i = 0; i < perPage; i++) {
      const base = seed[Math.floor(rand() * seed.length)]!;
      const town = towns[Math.floor(rand() * towns.length)]!;
      const prefix = `${town.countyName}${town.name}讯 `;
      const id = createHash("sha256").update(`${sourceId}|${i}`).digest("hex").slice(0, 12);
      const scale = 0.2 + rand() * 3;
      insArticle.run(id, sourceId, i, `${base.title as string}（${town.countyName}${town.name}）`, base.authors, prefix + (base.body as string), base.tags, day, town.city, town.county, town.code, town.lon, town.lat);
      for (const m of seedMetrics.get(base.id as string) ?? []) {
        insMetric.run(id, m.position, m.text, Math.round((m.value as number) * scale), m.unit, m.approx, m.label, m.kind, (m.start as number) + prefix.length, (m.end as number) + prefix.length, m.normValue, m.normUnit, m.indicator, m.indicatorConfidence, m.partOf);
      }
    }
  });
  const t0 = Date.now();
  for (let p = have; p < pagesWanted; p++) {
    pageTx(p);
    if (p % 1000 === 0) log(`  ${p * perPage} synthetic stories…`);
  }
  sqlite.close();
  log(`• ${(pagesWanted - have) * perPage} synthetic stories written in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const db = createDb(target);
  const t1 = Date.now();
  const n = await syncSearchIndex(db);
  log(`• search index: ${n} articles in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  await db.$disconnect();
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const file = path.resolve(ROOT, arg("db", ".local/big.sqlite"));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  growDatabase(file, Number(arg("articles", "100000"))).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
