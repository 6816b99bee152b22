/**
 * Making and undoing corrections. Each is one transaction: take the page's lock, record the
 * correction (who, when, before, after, anchor), rebuild the page through applyCorrections, log it.
 * A new correction that would not apply (its words are not where the editor saw them) is refused
 * and nothing is written.
 */
import { z } from "zod";
import type { Editor } from "../auth/roles";
import { dialectOf, type Db } from "../db/client";
import { paragraphs } from "../highlight";
import { articleAnchor, quoteAt, type Anchor } from "./anchor";
import type { ApplyDeps } from "./apply";
import { CORRECTION_LABELS, metricFieldsSchema, type CorrectionKind } from "./correction-types";
import { DeskError, lockPage, rebuildPage, storedArticles, type BuildReport, type Tx } from "./page-store";
import { placeLabel, resolvePlace } from "./places";
import type { MetricFields, StoredArticle, StoredMetric } from "./stored-article";

const id = z.string().regex(/^[0-9a-f]{12}$/, "not an article id");
const span = { start: z.number().int().min(0), end: z.number().int().min(1), text: z.string().min(1).max(200) };

/** What the desk sends to make a correction. */
export const correctionRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("place"), articleId: id, code: z.string().regex(/^\d{6}(\d{3})?$/).nullable() }),
  z.object({ kind: z.literal("title"), articleId: id, title: z.string().trim().min(1, "the title is empty").max(200) }),
  z.object({ kind: z.literal("split"), articleId: id, at: z.number().int().min(1), title: z.string().trim().max(200).optional() }),
  z.object({ kind: z.literal("merge"), articleId: id }),
  z.object({ kind: z.literal("hide"), articleId: id }),
  z.object({ kind: z.literal("metric-fix"), articleId: id, ...span, metric: metricFieldsSchema }),
  z.object({ kind: z.literal("metric-delete"), articleId: id, ...span }),
  z.object({ kind: z.literal("metric-add"), articleId: id, ...span, metric: metricFieldsSchema }),
]);
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;

type Prepared = { kind: CorrectionKind; before: unknown; after: unknown; anchor: Anchor; summary: string };

const short = (s: string, n = 24) => (s.length > n ? `${s.slice(0, n)}…` : s);
const metricText = (m: MetricFields & { text?: string }) => `${m.text ? `“${m.text}” ` : ""}${m.approx ? "约" : ""}${m.value}${m.unit}${m.label ? `（${m.label}）` : ""}`;
const fieldsOf = (m: StoredMetric): MetricFields & { text: string } => ({ value: m.value, unit: m.unit, approx: m.approx, label: m.label, kind: m.kind, text: m.text });

/** A title for a cut-off paragraph: its first sentence, short. */
function firstSentence(text: string): string {
  const s = text.trim().split(/[。！？!?\n]/)[0] ?? "";
  return short(s, 30) || "（拆分出的报道）";
}

async function prepare(tx: Tx, articles: StoredArticle[], index: number, req: CorrectionRequest): Promise<Prepared> {
  const a = articles[index]!;
  const article = articleAnchor(a);
  switch (req.kind) {
    case "place": {
      const picked = req.code === null ? null : await resolvePlace(tx, req.code);
      if (req.code !== null && !picked) throw new DeskError("pick a county or township from the gazetteer");
      const beforeLabel = await placeLabel(tx, a.place);
      const label = picked?.label ?? "未定位";
      return { kind: "place", before: { place: a.place, label: beforeLabel }, after: { place: picked?.place ?? null, label }, anchor: { article }, summary: `地点：${beforeLabel} → ${label}` };
    }
    case "title":
      if (req.title === a.title) throw new DeskError("the title is unchanged");
      return { kind: "title", before: { title: a.title }, after: { title: req.title }, anchor: { article }, summary: `标题：${short(a.title)} → ${short(req.title)}` };
    case "split": {
      const para = paragraphs(a.body).find((p) => p.start === req.at);
      if (!para || req.at === paragraphs(a.body)[0]?.start) throw new DeskError("split at the start of a paragraph other than the first");
      const target = quoteAt(a.body, para.start, Math.min(para.end, para.start + 24));
      const title = req.title || firstSentence(a.body.slice(para.start, para.end));
      return { kind: "split", before: { title: a.title }, after: { title }, anchor: { article, target }, summary: `拆分：自“${short(target.exact, 12)}”起另成一篇“${short(title)}”` };
    }
    case "merge": {
      const next = articles[index + 1];
      if (!next) throw new DeskError("this is the last article of its page: there is nothing to merge it with");
      return { kind: "merge", before: { titles: [a.title, next.title] }, after: {}, anchor: { article, next: articleAnchor(next) }, summary: `合并：“${short(a.title)}”与下一篇“${short(next.title)}”` };
    }
    case "hide":
      return { kind: "hide", before: { title: a.title }, after: {}, anchor: { article }, summary: `隐藏：“${short(a.title)}”` };
    case "metric-fix":
    case "metric-delete":
    case "metric-add": {
      if (req.end > a.body.length || req.start >= req.end) throw new DeskError("the selection is outside the article's text");
      if (a.body.slice(req.start, req.end) !== req.text) throw new DeskError("the article's text has changed since it was shown: reload and try again", 409);
      const target = quoteAt(a.body, req.start, req.end);
      const existing = a.metrics.find((m) => m.start === req.start && m.end === req.end) ?? a.metrics.find((m) => m.start < req.end && req.start < m.end);
      if (req.kind === "metric-add") {
        return { kind: req.kind, before: existing ? fieldsOf(existing) : null, after: { metric: req.metric }, anchor: { article, target }, summary: `添加数字：${metricText({ ...req.metric, text: req.text })}` };
      }
      if (!existing) throw new DeskError("there is no number at the selected words");
      if (req.kind === "metric-delete") return { kind: req.kind, before: fieldsOf(existing), after: {}, anchor: { article, target }, summary: `删除数字：${metricText(fieldsOf(existing))}` };
      return { kind: req.kind, before: fieldsOf(existing), after: { metric: req.metric }, anchor: { article, target }, summary: `修改数字：${metricText(fieldsOf(existing))} → ${metricText(req.metric)}` };
    }
  }
}

export type CorrectionResult = { correctionId: number; sourceId: string; report: BuildReport; summary: string };

export async function makeCorrection(db: Db, editor: Editor, request: unknown, deps: ApplyDeps = {}): Promise<CorrectionResult> {
  const parsed = correctionRequestSchema.safeParse(request);
  if (!parsed.success) throw new DeskError(parsed.error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; "));
  const req = parsed.data;
  const found = await db.article.findUnique({ where: { id: req.articleId }, select: { sourceId: true } });
  if (!found) throw new DeskError("no such article (it may have been hidden or merged: reload)", 404);
  return db.$transaction(
    async (tx) => {
      const source = await lockPage(tx, dialectOf(db), found.sourceId);
      const articles = await storedArticles(tx, source.id);
      const index = articles.findIndex((x) => x.id === req.articleId);
      if (index === -1) throw new DeskError("the article changed while you were editing it: reload", 409);
      const prepared = await prepare(tx, articles, index, req);
      const row = await tx.correction.create({
        data: {
          sourceId: source.id,
          articleId: req.articleId,
          kind: prepared.kind,
          before: JSON.stringify(prepared.before),
          after: JSON.stringify(prepared.after),
          anchor: JSON.stringify(prepared.anchor),
          authorId: editor.id,
          authorEmail: editor.email,
        },
      });
      const report = await rebuildPage(tx, source, { deps });
      const outcome = report.outcomes.find((o) => o.id === row.id);
      if (outcome?.status !== "applied") throw new DeskError(`the correction could not be applied: ${outcome && outcome.status === "orphaned" ? outcome.reason : "unknown"}`, 409);
      const summary = `${prepared.summary}（${CORRECTION_LABELS[prepared.kind]} #${row.id}）`;
      await tx.deskEvent.create({ data: { userEmail: editor.email, action: "correct", sourceId: source.id, articleId: req.articleId, summary } });
      return { correctionId: row.id, sourceId: source.id, report, summary };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

export type UndoResult = { sourceId: string; report: BuildReport; orphaned: { id: number; reason: string }[] };

/** Undoes a correction (kept in the history as undone) and rebuilds its page without it. */
export async function undoCorrection(db: Db, editor: Editor, correctionId: number, deps: ApplyDeps = {}): Promise<UndoResult> {
  if (!Number.isInteger(correctionId) || correctionId < 1) throw new DeskError("not a correction id");
  const found = await db.correction.findUnique({ where: { id: correctionId }, select: { sourceId: true } });
  if (!found) throw new DeskError("no such correction", 404);
  return db.$transaction(
    async (tx) => {
      const source = await lockPage(tx, dialectOf(db), found.sourceId);
      const c = await tx.correction.findUnique({ where: { id: correctionId } });
      if (!c) throw new DeskError("no such correction", 404);
      if (c.undoneAt) throw new DeskError("this correction is already undone", 409);
      const wasOrphaned = new Set((await tx.correction.findMany({ where: { sourceId: source.id, undoneAt: null, status: "orphaned" }, select: { id: true } })).map((r) => r.id));
      await tx.correction.update({ where: { id: c.id }, data: { undoneAt: new Date(), undoneByEmail: editor.email } });
      const report = await rebuildPage(tx, source, { deps });
      const orphaned = report.outcomes.flatMap((o) => (o.status === "orphaned" && !wasOrphaned.has(o.id) ? [{ id: o.id, reason: o.reason }] : []));
      const kind = CORRECTION_LABELS[c.kind as CorrectionKind] ?? c.kind;
      await tx.deskEvent.create({ data: { userEmail: editor.email, action: "undo", sourceId: source.id, articleId: c.articleId, summary: `撤销${kind} #${c.id}` } });
      return { sourceId: source.id, report, orphaned };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
