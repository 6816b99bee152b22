import pg from "pg";
import { IngestError, MISSING_GAZETTEER, unchanged, type PageOutcome } from "./ingest-outcome";
import { mentionCodes, pageRows, type PageRows, type PreparedPage } from "./ingest-rows";

/**
 * The PostgreSQL bulk writer: its own `pg` connection and one transaction per batch with one
 * INSERT … SELECT FROM unnest($1::text[], …) per table, so a batch of any size is four statements
 * with one array parameter per column (no parameter limit, no per-row round trip). Prisma's
 * createMany reached ~120 stories/s here. A page raced in by another process is skipped by ON
 * CONFLICT; when the batch fails for any other reason it is retried page by page, so one bad page
 * cannot cost the others and each page is whole or absent.
 */
type Column = readonly [name: string, type: string];

const SOURCE: Column[] = [["id", "text"], ["name", "text"], ["publishedOn", "text"], ["fileName", "text"], ["rawText", "text"], ["contentHash", "text"], ["createdAt", "timestamp(3)"], ["single", "boolean"]];
const ARTICLE: Column[] = [
  ["id", "text"], ["sourceId", "text"], ["position", "int"], ["title", "text"], ["authors", "text"], ["body", "text"], ["captions", "text"], ["tags", "text"],
  ["publishedOn", "text"], ["placeLevel", "text"], ["cityCode", "text"], ["countyCode", "text"], ["townshipCode", "text"],
  ["lon", "double precision"], ["lat", "double precision"], ["confidence", "double precision"], ["engineVersion", "text"],
];
const MENTION: Column[] = [["articleId", "text"], ["placeCode", "text"], ["text", "text"], ["level", "text"], ["start", "int"], ["end", "int"], ["primary", "boolean"]];
const METRIC: Column[] = [
  ["articleId", "text"], ["position", "int"], ["text", "text"], ["value", "double precision"], ["unit", "text"], ["approx", "boolean"],
  ["label", "text"], ["kind", "text"], ["start", "int"], ["end", "int"], ["normValue", "double precision"], ["normUnit", "text"],
  ["indicator", "text"], ["indicatorConfidence", "double precision"], ["partOf", "int"],
];

/** INSERT INTO table (cols) SELECT * FROM unnest($1::type[], …) with one array per column. */
async function insertColumns(client: pg.Client, table: string, columns: Column[], rows: object[], suffix = ""): Promise<pg.QueryResult> {
  const names = columns.map(([c]) => `"${c}"`).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const values = columns.map(([c]) => rows.map((r) => {
    const v = (r as Record<string, unknown>)[c];
    return v instanceof Date ? v.toISOString() : (v ?? null);
  }));
  return client.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays}) ${suffix}`, values);
}

async function existing(client: pg.Client, hash: string): Promise<PageOutcome> {
  const r = await client.query<{ id: string; n: string }>(
    `SELECT s."id" AS id, (SELECT count(*) FROM "Article" a WHERE a."sourceId" = s."id") AS n FROM "Source" s WHERE s."contentHash" = $1`,
    [hash],
  );
  const row = r.rows[0];
  if (!row) throw new Error("a page reported as stored is not in the database");
  return unchanged(row.id, Number(row.n));
}

async function writeBatch(client: pg.Client, pages: PreparedPage[]): Promise<PageOutcome[]> {
  await client.query("BEGIN");
  try {
    const codes = [...new Set(pages.flatMap(mentionCodes))];
    const known = new Set((await client.query<{ code: string }>(`SELECT "code" FROM "Place" WHERE "code" = ANY($1::text[])`, [codes])).rows.map((r) => r.code));
    const outcomes: (PageOutcome | null)[] = pages.map((p) => (mentionCodes(p).some((c) => !known.has(c)) ? { status: "failed", error: new IngestError(MISSING_GAZETTEER) } : null));
    const candidates = pages.map((p, i) => (outcomes[i] ? null : pageRows(p)));
    // ON CONFLICT keeps the first copy of a page (stored before, earlier in this batch, or by a
    // concurrent ingest). No conflict target: the id is derived from the hash, and a racing insert may
    // meet the primary key before the contentHash index.
    const inserted = new Set(
      (
        await insertColumns(client, "Source", SOURCE, candidates.filter((r): r is PageRows => r !== null).map((r) => r.source), `ON CONFLICT DO NOTHING RETURNING "contentHash"`)
      ).rows.map((r: { contentHash: string }) => r.contentHash),
    );
    const fresh: PageRows[] = [];
    for (const [i, rows] of candidates.entries()) {
      if (!rows) continue;
      if (inserted.delete(rows.source.contentHash)) {
        fresh.push(rows);
        outcomes[i] = { status: "created", sourceId: rows.source.id, articles: rows.articles.length, mentions: rows.mentions.length, metrics: rows.metrics.length };
      }
    }
    if (fresh.length) {
      await insertColumns(client, "Article", ARTICLE, fresh.flatMap((r) => r.articles));
      await insertColumns(client, "Mention", MENTION, fresh.flatMap((r) => r.mentions));
      await insertColumns(client, "Metric", METRIC, fresh.flatMap((r) => r.metrics));
    }
    for (const [i, o] of outcomes.entries()) if (!o) outcomes[i] = await existing(client, pages[i]!.source.contentHash);
    await client.query("COMMIT");
    return outcomes as PageOutcome[];
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

export async function writePagesPostgres(url: string, pages: PreparedPage[]): Promise<PageOutcome[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    try {
      return await writeBatch(client, pages);
    } catch (e) {
      if (pages.length === 1) return [{ status: "failed", error: e instanceof Error ? e : new Error(String(e)) }];
      const out: PageOutcome[] = [];
      for (const page of pages) {
        try {
          out.push(...(await writeBatch(client, [page])));
        } catch (err) {
          out.push({ status: "failed", error: err instanceof Error ? err : new Error(String(err)) });
        }
      }
      return out;
    }
  } finally {
    await client.end();
  }
}
