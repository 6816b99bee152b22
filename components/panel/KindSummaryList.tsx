"use client";

import { useState } from "react";
import { metricGroups } from "@/lib/compare/chart-groups";
import { formatValue } from "@/lib/format";
import { highlightRuns } from "@/lib/highlight";
import type { Strings } from "@/lib/i18n";
import { METRIC_KINDS } from "@/lib/metrics/kinds";
import type { KindSummaryView, TracedMetric } from "@/lib/view-models";
import LazyMetricBars from "../charts/LazyMetricBars";
import { compareStrings } from "../compare/strings";
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
 * A county's numbers by kind, summarised on the server: totals for addable kinds (≈ when any part
 * is approximate), each expandable to the sentences the numbers came from (the newest first, more
 * on demand), with links to their stories. An opened kind with two or more loaded numbers in one
 * unit also draws them as bars; a bar leads to its sentence below.
 */
export default function KindSummaryList({ kinds, itemsUrl, nav, t }: { kinds: KindSummaryView[]; itemsUrl: string; nav: Nav; t: Strings }) {
  if (kinds.length === 0) return <p className={styles.note}>{t.noData}</p>;
  return (
    <ul className={styles.kindList} data-testid="kind-summary">
      {kinds.map((g) => (
        <KindItem key={g.kind} g={g} itemsUrl={itemsUrl} nav={nav} t={t} />
      ))}
    </ul>
  );
}

function KindItem({ g, itemsUrl, nav, t }: { g: KindSummaryView; itemsUrl: string; nav: Nav; t: Strings }) {
  const lang = nav.state.lang;
  const s = compareStrings(lang);
  // Charts mount only once their kind is opened, so a county view loads recharts only on demand.
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [more, setMore] = useState<{ items: TracedMetric[]; next: string | null; loading: boolean }>({ items: [], next: g.nextCursor, loading: false });
  const items = more.items.length ? [...g.items, ...more.items] : g.items;
  const loadMore = () => {
    if (!more.next || more.loading) return;
    setMore((m) => ({ ...m, loading: true }));
    fetch(`${itemsUrl}${itemsUrl.endsWith("?") ? "" : "&"}kind=${g.kind}&cursor=${more.next}`)
      .then((r) => (r.ok ? (r.json() as Promise<{ items: TracedMetric[]; nextCursor: string | null }>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((p) => setMore((m) => ({ items: [...m.items, ...p.items], next: p.nextCursor, loading: false })))
      .catch(() => setMore((m) => ({ ...m, loading: false })));
  };
  const kindName = lang === "zh" ? METRIC_KINDS[g.kind].zh : METRIC_KINDS[g.kind].en;
  const byId = new Map(items.map((m) => [m.id, m]));
  const charts = open ? metricGroups(items, lang).filter((c) => c.chart) : [];

  const showSentence = (id: number) => {
    setActive(id);
    const li = document.getElementById(`trace-${id}`);
    li?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    li?.focus({ preventScroll: true });
  };

  return (
    <li>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span>{kindName}</span>
          <strong>{g.total !== null ? formatValue(g.total, g.unit, g.approx, lang) : `${g.count} ${lang === "zh" ? "项" : "items"}`}</strong>
          <small>{t.fromStories(g.stories)}</small>
        </summary>
        {charts.map((c) => {
          const caption = `${s.kindChartLabel(kindName, c.unit)} · ${t.fromStories(new Set(c.bars.map((b) => byId.get(b.id)?.articleId)).size)}`;
          return (
            <div key={c.unit} className={styles.kindChart} data-testid="county-kind-chart">
              <p className={styles.note}>
                {caption} · {s.clickBarCounty}
              </p>
              <LazyMetricBars
                bars={c.bars.map((b) => ({ ...b, note: byId.get(b.id)?.articleTitle }))}
                unit={c.unit}
                lang={lang}
                activeId={active}
                onSelect={showSentence}
                label={caption}
              />
            </div>
          );
        })}
        <ul className={styles.trace}>
          {items.map((m) => (
            <li key={m.id} id={`trace-${m.id}`} tabIndex={-1} className={m.id === active ? styles.traceActive : undefined}>
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
        {more.next && (
          <p className={styles.more}>
            <button type="button" onClick={loadMore} disabled={more.loading}>
              {more.loading ? t.loading : t.moreItems(g.count - items.length)}
            </button>
          </p>
        )}
      </details>
    </li>
  );
}
