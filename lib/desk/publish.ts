/**
 * 发布 from the desk: the page is stored exactly as `npm run ingest` stores it (ingestSource: one
 * transaction, idempotent by content hash), then the desk's log records who published it. The log
 * entry is its own write: the bulk writers own their transaction (lib/db/ingest-*.ts), and a page
 * stored without its log line loses nothing a reader sees.
 */
import type { Db } from "../db/client";
import { ingestSource, type IngestInput, type IngestResult } from "../db/ingest-write";
import type { Gazetteer } from "../geo/gazetteer";

export async function publishPage(db: Db, userEmail: string, input: IngestInput, gazetteer?: Gazetteer): Promise<IngestResult> {
  const r = await ingestSource(db, input, gazetteer);
  if (r.status === "created") {
    await db.deskEvent.create({ data: { userEmail, action: "publish", sourceId: r.sourceId, summary: `发布：${input.name}（${r.articles} 篇）` } });
  }
  return r;
}
