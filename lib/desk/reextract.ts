/**
 * Re-extraction: run the current engine on stored pages, keep each story's id where the story is
 * the same (stable-ids.ts), apply every active correction again (apply.ts) and report those that
 * could not be re-anchored. Used by `npm run reextract` and the desk's button for one page.
 */
import type { Editor } from "../auth/roles";
import { dialectOf, type Db } from "../db/client";
import { geocodeArticle } from "../geo/geocode";
import { loadGazetteer, type Gazetteer } from "../geo/gazetteer";
import { engineVersion } from "../ingest/engine-version";
import { extractDocument } from "../ingest/pipeline";
import type { ApplyDeps } from "./apply";
import { lockPage, loadBase, rebuildPage, type BuildReport } from "./page-store";
import { assignStableIds } from "./stable-ids";
import { fromExtraction, storedPlace, type StoredArticle } from "./stored-article";

/** The engine's articles for a page's text, as stored (ids as the engine gives them). */
export function extractPage(page: { rawText: string; single: boolean }, gazetteer: Gazetteer): { articles: StoredArticle[]; engineVersion: string } {
  const version = engineVersion({ gazetteer });
  const doc = extractDocument(page.rawText, { single: page.single, gazetteer });
  return { articles: doc.articles.map((a) => fromExtraction(a, version)), engineVersion: version };
}

/** The engine's geocoder for an article cut out of another (a split). */
export function engineDeps(gazetteer: Gazetteer): ApplyDeps {
  return { placeOf: (title, body) => storedPlace(geocodeArticle({ title, body }, gazetteer).place) };
}

export type ReextractResult = {
  sourceId: string;
  engineVersion: string;
  previousEngine: string | null;
  articles: number;
  /** Stories that kept their id, new ones, and old ids no longer on the page. */
  kept: number;
  added: string[];
  removed: string[];
  orphaned: { id: number; reason: string }[];
  report: BuildReport;
};

export async function reextractPage(db: Db, sourceId: string, opts: { gazetteer?: Gazetteer; editor?: Editor | null } = {}): Promise<ReextractResult> {
  const gazetteer = opts.gazetteer ?? loadGazetteer();
  const page = await db.source.findUnique({ where: { id: sourceId }, select: { rawText: true, single: true } });
  if (!page) throw new Error(`no page ${sourceId}`);
  // The engine runs outside the transaction: it is pure and may take a while.
  const fresh = extractPage(page, gazetteer);
  return db.$transaction(
    async (tx) => {
      const source = await lockPage(tx, dialectOf(db), sourceId);
      const old = await loadBase(tx, sourceId);
      const articles = assignStableIds(fresh.articles, old.articles);
      const oldIds = new Set(old.articles.map((a) => a.id));
      const newIds = new Set(articles.map((a) => a.id));
      const report = await rebuildPage(tx, source, { base: { articles, engineVersion: fresh.engineVersion }, deps: engineDeps(gazetteer) });
      const orphaned = report.outcomes.flatMap((o) => (o.status === "orphaned" ? [{ id: o.id, reason: o.reason }] : []));
      const result: ReextractResult = {
        sourceId,
        engineVersion: fresh.engineVersion,
        previousEngine: old.engineVersion,
        articles: report.articles.length,
        kept: articles.filter((a) => oldIds.has(a.id)).length,
        added: articles.filter((a) => !oldIds.has(a.id)).map((a) => a.id),
        removed: [...oldIds].filter((id) => !newIds.has(id)),
        orphaned,
        report,
      };
      const applied = report.outcomes.length - orphaned.length;
      await tx.deskEvent.create({
        data: {
          userEmail: opts.editor?.email ?? "npm run reextract",
          action: "reextract",
          sourceId,
          summary: `重新抽取：${result.articles} 篇（保留 ${result.kept}，新增 ${result.added.length}，移除 ${result.removed.length}），重新应用校对 ${applied} 条${orphaned.length ? `，${orphaned.length} 条无法定位` : ""}`,
        },
      });
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Every stored page, oldest first, one transaction each; `onPage` hears each result or error. */
export async function reextractAll(
  db: Db,
  opts: { gazetteer?: Gazetteer; only?: string[]; onPage?: (r: { sourceId: string; name: string; result?: ReextractResult; error?: Error; index: number; total: number }) => void } = {},
): Promise<{ pages: number; failed: number; orphaned: number }> {
  const gazetteer = opts.gazetteer ?? loadGazetteer();
  const pages = await db.source.findMany({ where: opts.only ? { id: { in: opts.only } } : {}, select: { id: true, name: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  let failed = 0;
  let orphaned = 0;
  for (const [index, p] of pages.entries()) {
    try {
      const result = await reextractPage(db, p.id, { gazetteer });
      orphaned += result.orphaned.length;
      opts.onPage?.({ sourceId: p.id, name: p.name, result, index, total: pages.length });
    } catch (e) {
      failed++;
      opts.onPage?.({ sourceId: p.id, name: p.name, error: e instanceof Error ? e : new Error(String(e)), index, total: pages.length });
    }
  }
  return { pages: pages.length, failed, orphaned };
}
