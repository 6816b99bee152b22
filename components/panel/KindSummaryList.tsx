"use client";

import { summarizeByKind } from "@/lib/compare/kind-summary";
import { formatValue } from "@/lib/format";
import { highlightRuns } from "@/lib/highlight";
import type { Strings } from "@/lib/i18n";
import { METRIC_KINDS } from "@/lib/metrics/kinds";
import type { TracedMetric } from "@/lib/view-models";
import { ViewLink, type Nav } from "../state/ViewLink";
import styles from "./panel.module.css";

/** A sentence with one metric marked, so a summed number can be checked against its source. */
function Sentence({ m }: { m: TracedMetric }) {
  const at = m.sentence.indexOf(m.text);
  if (at < 0) return <>{m.sentence}</>;
  return (
    <>
      {highlightRuns(m.sentence, { metrics: [{ start: at, end: at + m.text.length }] }).map((r) =>
        r.kind === "metric" ? (
          <mark key={r.start} className={styles.metricMark}>
            {r.text}
          </mark>
        ) : (
          <span key={r.start}>{r.text}</span>
        ),
      )}
    </>
  );
}

/**
 * A county's numbers by kind: totals for addable kinds (≈ when any part is approximate), each
 * expandable to the sentences the numbers came from, with links to their stories.
 */
export default function KindSummaryList({ metrics, nav, t }: { metrics: TracedMetric[]; nav: Nav; t: Strings }) {
  const lang = nav.state.lang;
  const groups = summarizeByKind(metrics);
  if (groups.length === 0) return <p className={styles.note}>{t.noData}</p>;
  return (
    <ul className={styles.kindList} data-testid="kind-summary">
      {groups.map((g) => (
        <li key={g.kind}>
          <details>
            <summary>
              <span>{lang === "zh" ? METRIC_KINDS[g.kind].zh : METRIC_KINDS[g.kind].en}</span>
              <strong>{g.total !== null ? formatValue(g.total, g.unit, g.approx, lang) : `${g.items.length} ${lang === "zh" ? "项" : "items"}`}</strong>
              <small>{t.fromStories(g.stories)}</small>
            </summary>
            <ul className={styles.trace}>
              {g.items.map((m) => (
                <li key={m.id}>
                  <p>
                    <Sentence m={m} />
                  </p>
                  <ViewLink nav={nav} patch={{ article: m.articleId }} className={styles.traceLink}>
                    {m.label ? `${m.label} · ` : ""}
                    {m.articleTitle}
                  </ViewLink>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
