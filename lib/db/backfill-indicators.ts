/**
 * Metrics stored before indicators existed (migration 20261208000000_indicators) carry
 * indicatorConfidence -1. This fills in their indicator, confidence and partOf with the same code
 * extraction uses (assignIndicators, findPartOf) over the stored body and metrics, one article per
 * transaction, so an old database compares by indicator after `npm start` without re-ingesting.
 */
import { assignIndicators } from "../metrics/assign-indicator";
import type { MetricKind } from "../metrics/kinds";
import { findPartOf } from "../metrics/part-of";
import type { Db } from "./client";

const BATCH = 200;

export async function backfillIndicators(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const pending = await db.metric.findMany({ where: { indicatorConfidence: { lt: 0 } }, select: { articleId: true }, distinct: ["articleId"], take: BATCH });
    if (pending.length === 0) return done;
    for (const { articleId } of pending) {
      const article = await db.article.findUnique({
        where: { id: articleId },
        select: { title: true, body: true, metrics: { orderBy: { position: "asc" } } },
      });
      if (!article) continue;
      const metrics = article.metrics.map((m) => ({
        id: m.id,
        position: m.position,
        value: m.value,
        unit: m.unit,
        kind: m.kind as MetricKind,
        label: m.label,
        start: m.start,
        end: m.end,
        indicator: "other",
        indicatorConfidence: 0,
        partOf: null as number | null,
      }));
      assignIndicators(article.body, metrics, { title: article.title });
      findPartOf(article.body, metrics);
      await db.$transaction(
        metrics.map((m) =>
          db.metric.update({
            where: { id: m.id },
            // partOf is an index into the article's metrics; stored as that metric's position.
            data: { indicator: m.indicator, indicatorConfidence: m.indicatorConfidence, partOf: m.partOf === null ? null : metrics[m.partOf]!.position },
          }),
        ),
      );
      done += metrics.length;
    }
  }
}
