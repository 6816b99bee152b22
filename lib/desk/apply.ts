/**
 * Corrections over an extraction: the one function that turns a page's base (the engine's articles,
 * with stable ids) and its active corrections into the articles stored and shown. Publish,
 * correction, undo and re-extraction all build a page through it, so a better engine never loses
 * a fix: the fixes are applied again to whatever the engine now says.
 *
 * Pure: the same inputs give the same output, nothing is read or written. Corrections apply in
 * order (by id); each finds its article and its words again through its anchor (anchor.ts), and one
 * that cannot is reported as orphaned, for an editor to review, instead of being applied to the
 * wrong words.
 */
import { sha256 } from "../ingest/article-id";
import { findQuote, locateArticle, type TextQuote } from "./anchor";
import type { CorrectionRecord } from "./correction-types";
import { makeMetric, markPrimary, type StoredArticle, type StoredMetric, type StoredPlace } from "./stored-article";

export type ApplyDeps = {
  /** The place of an article cut out of another (a split): the engine's geocoder on its words. */
  placeOf?: (title: string, body: string) => StoredPlace | null;
};

export type Outcome = { id: number; status: "applied"; articleId: string } | { id: number; status: "orphaned"; reason: string };

export type ApplyResult = {
  articles: StoredArticle[];
  /** Articles an active correction hides, with that correction. */
  hidden: { article: StoredArticle; correctionId: number }[];
  outcomes: Outcome[];
};

/** The id of the article a split cuts off: stable while the parent's id and the cut's words are. */
export function splitId(parentId: string, at: string): string {
  return sha256(`${parentId}\u0000split\u0000${at}`).slice(0, 12);
}

type Span = { start: number; end: number };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function shifted<T extends Span>(items: T[], by: number): T[] {
  return items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
}

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

class Orphan extends Error {}

function findIn(a: StoredArticle, q: TextQuote | undefined): Span {
  if (!q) throw new Orphan("校对记录缺少文字锚点");
  const hit = findQuote(a.body, q);
  if (!hit) throw new Orphan(`报道中找不到“${q.exact.slice(0, 30)}”`);
  return hit;
}

export function applyCorrections(base: StoredArticle[], corrections: (CorrectionRecord | { id: number; error: string })[], deps: ApplyDeps = {}): ApplyResult {
  const list: StoredArticle[] = structuredClone(base);
  const hidden: ApplyResult["hidden"] = [];
  const outcomes: Outcome[] = [];

  for (const c of [...corrections].sort((x, y) => x.id - y.id)) {
    if ("error" in c) {
      outcomes.push({ id: c.id, status: "orphaned", reason: c.error });
      continue;
    }
    try {
      const articleId = applyOne(list, hidden, c, deps);
      outcomes.push({ id: c.id, status: "applied", articleId });
    } catch (e) {
      if (!(e instanceof Orphan)) throw e;
      outcomes.push({ id: c.id, status: "orphaned", reason: e.message });
    }
  }
  return { articles: list, hidden, outcomes };
}

/** Applies one correction to the list in place; returns the id of the article it changed. */
function applyOne(list: StoredArticle[], hidden: ApplyResult["hidden"], c: CorrectionRecord, deps: ApplyDeps): string {
  let i = locateArticle(list, c.anchor.article);
  if (i === -1 && c.kind.startsWith("metric-") && c.anchor.target) {
    // The article is gone (re-segmented), but the number's words may still be on the page.
    let best = -Infinity;
    list.forEach((a, k) => {
      const hit = findQuote(a.body, c.anchor.target!);
      if (hit && hit.score > best) {
        best = hit.score;
        i = k;
      }
    });
  }
  if (i === -1) throw new Orphan(`找不到报道“${c.anchor.article.title.slice(0, 30)}”`);
  const a = list[i]!;

  switch (c.kind) {
    case "place":
      a.place = c.after.place;
      a.mentions = markPrimary(a.mentions, a.place);
      break;
    case "title":
      a.title = c.after.title;
      break;
    case "hide":
      list.splice(i, 1);
      hidden.push({ article: a, correctionId: c.id });
      return a.id;
    case "merge": {
      if (!c.anchor.next) throw new Orphan("校对记录缺少下一篇报道");
      const j = locateArticle(list, c.anchor.next);
      if (j === -1 || j === i) throw new Orphan(`找不到要合并的报道“${c.anchor.next.title.slice(0, 30)}”`);
      const b = list[j]!;
      const offset = a.body.length + 2;
      a.body = `${a.body}\n\n${b.body}`;
      a.metrics = [...a.metrics, ...shifted(b.metrics, offset)];
      a.mentions = markPrimary([...a.mentions, ...shifted(b.mentions, offset)], a.place ?? b.place);
      a.place ??= b.place;
      a.captions = [...a.captions, ...b.captions];
      a.authors = [...new Set([...a.authors, ...b.authors])];
      list.splice(j, 1);
      break;
    }
    case "split": {
      const at = findIn(a, c.anchor.target);
      const head = a.body.slice(0, at.start).trimEnd();
      let from = at.start;
      while (from < a.body.length && /\s/.test(a.body[from]!)) from++;
      const tail = a.body.slice(from);
      if (!head || !tail) throw new Orphan("拆分点在报道的开头或结尾");
      const inHead = <T extends Span>(x: T) => x.end <= head.length;
      const inTail = <T extends Span>(x: T) => x.start >= from;
      const place = deps.placeOf?.(c.after.title, tail) ?? a.place;
      const part: StoredArticle = {
        id: splitId(a.id, c.anchor.target!.exact),
        title: c.after.title,
        authors: [],
        body: tail,
        captions: [],
        place,
        mentions: markPrimary(shifted(a.mentions.filter(inTail), -from), place),
        metrics: shifted(a.metrics.filter(inTail), -from),
        engineVersion: a.engineVersion,
        corrected: true,
      };
      if (list.some((x) => x.id === part.id)) throw new Orphan("这一段已经拆分出去了");
      a.body = head;
      a.metrics = a.metrics.filter(inHead);
      a.mentions = a.mentions.filter(inHead);
      list.splice(i + 1, 0, part);
      break;
    }
    case "metric-fix":
    case "metric-add": {
      const at = findIn(a, c.anchor.target);
      const text = a.body.slice(at.start, at.end);
      const same = a.metrics.findIndex((m) => m.start === at.start && m.end === at.end);
      const fixed = makeMetric(c.after.metric, text, at.start, at.end, true, same !== -1 ? a.metrics[same] : undefined);
      const keep = (m: StoredMetric, k: number) => (same !== -1 ? k !== same : !overlaps(m, at));
      a.metrics = [...a.metrics.filter(keep), fixed].sort(byStart);
      break;
    }
    case "metric-delete": {
      const at = findIn(a, c.anchor.target);
      a.metrics = a.metrics.filter((m) => !overlaps(m, at));
      break;
    }
  }
  a.corrected = true;
  return a.id;
}
