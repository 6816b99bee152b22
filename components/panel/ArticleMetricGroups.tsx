"use client";

import { metricGroups } from "@/lib/compare/chart-groups";
import { METRIC_KINDS } from "@/lib/metrics/kinds";
import type { MetricView } from "@/lib/view-models";
import LazyMetricBars from "../charts/LazyMetricBars";
import { compareStrings } from "../compare/strings";
import MetricChip from "./MetricChip";
import styles from "./panel.module.css";

/** Shows a metric's mark in the article text: scrolled to and focused, which also opens its tooltip. */
function showInText(id: number) {
  const mark = document.getElementById(`metric-${id}`);
  mark?.scrollIntoView({ block: "center", behavior: "smooth" });
  mark?.focus({ preventScroll: true });
}

/**
 * An article's numbers by kind: a small bar chart for a kind with two or more numbers in one unit
 * (each bar leads to its place in the text), the number's chip otherwise. Kinds are never added.
 */
export default function ArticleMetricGroups({ metrics, lang }: { metrics: MetricView[]; lang: "zh" | "en" }) {
  const s = compareStrings(lang);
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return (
    <div className={styles.kindGroups}>
      {metricGroups(metrics, lang).map((g) => {
        const kind = lang === "zh" ? METRIC_KINDS[g.kind].zh : METRIC_KINDS[g.kind].en;
        const title = s.kindChartLabel(kind, g.unit);
        return (
          <section key={`${g.kind}|${g.unit}`} className={styles.kindGroup} data-testid="article-kind-group" data-kind={g.kind}>
            <h4>
              {title}
              <small>{g.chart ? s.numbersHereClick(g.bars.length) : s.numbersHere(g.bars.length)}</small>
            </h4>
            {g.chart ? (
              <LazyMetricBars bars={g.bars} unit={g.unit} lang={lang} onSelect={showInText} label={`${title}：${s.numbersHere(g.bars.length)}`} />
            ) : (
              <div className={styles.chips}>
                {g.bars.map((b) => {
                  const m = byId.get(b.id);
                  return m ? <MetricChip key={b.id} m={m} lang={lang} onSelect={() => showInText(b.id)} /> : null;
                })}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
