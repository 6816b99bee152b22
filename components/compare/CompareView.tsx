"use client";

import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { explainParams } from "@/lib/api-params";
import { storiesBehind } from "@/lib/compare/compare-rows";
import { formatMeasureValue, measureTitle, measureUnitLabel } from "@/lib/compare/display";
import { MIN_SOURCES, MIN_STORIES, type CountyExplanation } from "@/lib/compare/indicator-figures";
import { measureDefinition, measureName, MEASURE_INDICATORS, perCapitaMeaningful } from "@/lib/compare/measures";
import type { DashboardView } from "@/lib/dashboard-view";
import { lineStyle } from "@/lib/compare/line-colors";
import { sourceLine, standaloneSvg } from "@/lib/compare/svg";
import type { Strings } from "@/lib/i18n";
import { THEME_BY_ID } from "@/lib/tags/themes";
import { MAX_COMPARE, type Measure } from "@/lib/url-state";
import type { DashboardBase, DashboardStats } from "@/lib/view-models";
import { useJson } from "../state/useJson";
import { ViewLink, type Nav } from "../state/ViewLink";
import CompareTable from "./CompareTable";
import CountyPicker from "./CountyPicker";
import { chartMarkup, downloadText, embeddedFontCss } from "./download";
import HowComputed from "./HowComputed";
import MeasureControls from "./MeasureControls";
import RankingList from "./RankingList";
import { compareStrings } from "./strings";
import styles from "./compare.module.css";

export type CompareViewProps = { base: DashboardBase; stats: DashboardStats; view: DashboardView; nav: Nav; t: Strings };

const MEASURES: Measure[] = ["stories", ...MEASURE_INDICATORS];

type Explained = { measure: string; counties: Record<string, CountyExplanation> };

// Recharts (~400 kB) loads only when a chart is on screen.
const CompareChart = dynamic(() => import("./CompareChart"), { ssr: false, loading: () => <div className={styles.chartPlaceholder} /> });
const CompareLines = dynamic(() => import("./CompareLines"), { ssr: false, loading: () => <div className={styles.chartPlaceholder} /> });

/**
 * Counties side by side on one measure: picker, measure, a bar chart, the table behind it, the
 * province ranking and exports. All state is in the URL (compare, measure, per); values, colours,
 * ranking and rows come from the dashboard's one view model (lib/dashboard-view), the same object
 * the map is shaded from.
 */
export default function CompareView({ base: data, stats, view, nav }: CompareViewProps) {
  const { state, go } = nav;
  const lang = state.lang;
  const s = compareStrings(lang);
  const chartRef = useRef<HTMLDivElement>(null);

  const { measure, values, ranking } = view;
  const [explainFor, setExplainFor] = useState<string | null>(null);
  const explainUrl = state.compare.length ? `/api/compare/explain?${explainParams(state, measure, state.compare)}` : null;
  const [explained] = useJson<Explained>(explainUrl);
  const explanations = explained.status === "ready" ? explained.data.counties : {};
  const ranked = ranking.filter((r) => r.rank !== null);
  const unranked = ranking.length - ranked.length;
  const countiesWithData = new Map(MEASURES.map((m) => [m, stats.coverage?.[m] ?? (m === measure ? ranking.length : 0)]));

  const rows = view.compare;
  const unit = measureUnitLabel(measure, state.perCapita, lang);
  const title = measureTitle(measure, state.perCapita, lang);
  // What the chart counts and how sure it is: the stories behind it, and the ≈ note only when it applies.
  const subtitle = `${s.fromStories(storiesBehind(rows))}${rows.some((r) => r.approx) ? ` · ${s.approxNote}` : ""}`;
  const anyData = rows.some((r) => r.value !== null);
  const picks = view.quickPicks;

  const add = (...codes: string[]) => go({ compare: [...state.compare, ...codes.filter((c) => !state.compare.includes(c))].slice(0, MAX_COMPARE) });
  const remove = (code: string) => go({ compare: state.compare.filter((c) => c !== code) });

  // The lines show every month (the window is only shaded), so their file names leave the window out.
  const otherFilterLabels = [
    data.cities.find((c) => c.adcode === state.city)?.name,
    state.tag ? THEME_BY_ID.get(state.tag)?.zh : undefined,
    state.q ? `搜索${state.q}` : undefined,
  ].filter((x): x is string => !!x);
  const filterLabels = [...otherFilterLabels, ...(state.from || state.to ? [`${state.from ?? ""}至${state.to ?? ""}`] : [])];

  const exportCsv = async (what: "比较" | "排名") => {
    // papaparse comes with the click, not with the page. The stories and sources come from the same
    // explanation endpoint as "How this was computed", fetched now so the file matches the screen.
    const [csv, res] = await Promise.all([
      import("@/lib/compare/csv"),
      fetch(`/api/compare/explain?${explainParams(state, measure, what === "比较" ? state.compare : "all")}`),
    ]);
    if (!res.ok) return;
    const { counties: byCounty } = (await res.json()) as Explained;
    const list = what === "比较" ? rows : ranking;
    const ranks = new Map(ranking.map((r) => [r.adcode, r.rank]));
    const info = list.flatMap((r) => {
      const c = view.countyByCode.get(r.adcode);
      return c ? [{ adcode: c.adcode, name: c.name, cityName: c.cityName, population: c.population }] : [];
    });
    const text = csv.exportCsv(csv.exportRows(info, view.totals, ranks, byCounty), measure);
    downloadText(csv.exportFileName(what, measure, state.perCapita, "csv", filterLabels), text, "text/csv;charset=utf-8");
  };
  const exportSvg = async () => {
    const chart = chartMarkup(chartRef.current);
    if (!chart) return;
    const { exportFileName } = await import("@/lib/compare/csv");
    const source = sourceLine(rows.flatMap((r) => explanations[r.adcode]?.sources ?? []), filterLabels, lang);
    const svg = standaloneSvg({ ...chart, title, subtitle, source });
    // The file carries the Noto Sans SC subsets its text needs, so it shows no boxes without a Chinese font.
    const withFont = standaloneSvg({ ...chart, title, subtitle, source, fontCss: await embeddedFontCss(svg) });
    downloadText(exportFileName("比较", measure, state.perCapita, "svg", filterLabels), withFont, "image/svg+xml;charset=utf-8");
  };
  const explainCounty = explainFor ? view.countyByCode.get(explainFor) : undefined;
  // Lines keep the order the counties were chosen in, so a county keeps its colour as others are added.
  const lineCounties = state.compare.flatMap((code) => {
    const c = view.countyByCode.get(code);
    return c ? [{ adcode: c.adcode, name: c.name, cityName: c.cityName, population: c.population }] : [];
  });
  const overTime = state.compareChart === "time";

  return (
    <section aria-labelledby="compare-title" data-testid="compare-view" className={styles.view}>
      <ViewLink nav={nav} patch={{ view: "map" }} className={styles.back}>
        ← {s.backToMap}
      </ViewLink>
      <h2 id="compare-title" className={styles.title} tabIndex={-1}>
        {s.title}
      </h2>

      <CountyPicker
        counties={data.counties}
        chosen={state.compare}
        max={MAX_COMPARE}
        onAdd={(c) => add(c)}
        hint={(c) => formatMeasureValue(values.get(c)?.value ?? null, unit, values.get(c)?.approx ?? false, lang)}
        s={s}
      />
      {rows.length > 0 && (
        <ul className={styles.chips} aria-label={s.chosenLabel} data-testid="compare-chips">
          {rows.map((r) => (
            <li key={r.adcode}>
              {/* Over time, a chip carries its county's line colour; otherwise the map's class colour. */}
              <span className={styles.swatch} style={{ background: overTime && rows.length >= 2 ? lineStyle(state.compare.indexOf(r.adcode)).color : r.color }} aria-hidden />
              {r.name}
              <button type="button" onClick={() => remove(r.adcode)} aria-label={s.remove(r.name)} title={s.remove(r.name)}>
                ×
              </button>
            </li>
          ))}
          {rows.length > 1 && (
            <li className={styles.clear}>
              <button type="button" onClick={() => go({ compare: [] })}>
                {s.clear}
              </button>
            </li>
          )}
        </ul>
      )}

      <MeasureControls nav={nav} measure={measure} measures={MEASURES} countiesWithData={countiesWithData} s={s} />
      {measureDefinition(measure) && (
        <p className={styles.note} data-testid="measure-definition">
          {s.indicatorDefinition(measureDefinition(measure)!)}
        </p>
      )}
      {state.perCapita && !perCapitaMeaningful(measure) && <p className={styles.note}>{s.perCapitaMeaningless}</p>}

      {rows.length < 2 ? (
        <div className={styles.empty} data-testid="compare-empty">
          <p>{s.needTwo}</p>
          {picks.length > 0 ? (
            <>
              <h3 className={styles.h3}>{s.quickPicksTitle(measureName(measure, lang))}</h3>
              <div className={styles.picks}>
                {picks.map((c) => (
                  <button key={c.adcode} type="button" onClick={() => add(c.adcode)}>
                    + {c.name} <small>{formatMeasureValue(values.get(c.adcode)?.value ?? null, unit, values.get(c.adcode)?.approx ?? false, lang)}</small>
                  </button>
                ))}
                {picks.length > 1 && (
                  <button type="button" className={styles.primary} onClick={() => add(...picks.map((c) => c.adcode))}>
                    {s.addAll(picks.length)}
                  </button>
                )}
              </div>
            </>
          ) : (
            <p className={styles.note}>{s.nobodyHasData}</p>
          )}
        </div>
      ) : (
        <>
          <span id="compare-mode-label" className={styles.modeLabel}>
            {s.chartModeLabel}
          </span>
          <div className={styles.modeToggle} role="group" aria-labelledby="compare-mode-label" data-testid="compare-mode">
            <button type="button" aria-pressed={!overTime} onClick={() => go({ compareChart: "total" })} data-testid="compare-mode-total">
              {s.chartTotal}
            </button>
            <button type="button" aria-pressed={overTime} onClick={() => go({ compareChart: "time" })} data-testid="compare-mode-time">
              {s.chartTime}
            </button>
          </div>
        </>
      )}

      {rows.length < 2 ? null : overTime ? (
        <CompareLines nav={nav} counties={lineCounties} measure={measure} title={title} filterLabels={otherFilterLabels} s={s} />
      ) : (
        <figure className={styles.figure} data-testid="compare-chart">
          <figcaption>
            <h3 className={styles.chartTitle}>{title}</h3>
            {anyData && <p className={styles.note}>{subtitle}</p>}
          </figcaption>
          {anyData ? (
            <div ref={chartRef} aria-label={s.chartLabel(title)} role="group">
              <CompareChart rows={rows} unit={unit} lang={lang} s={s} />
            </div>
          ) : (
            <p className={styles.note}>{s.noneOfChosenHasData}</p>
          )}
          <CompareTable rows={rows} unit={unit} nav={nav} s={s} explanations={explanations} onExplain={(c) => setExplainFor(c === explainFor ? null : c)} />
          {explainCounty && (
            <HowComputed
              county={explainCounty}
              measure={measure}
              explanation={explanations[explainCounty.adcode]}
              status={explained.status === "ready" ? "ready" : explained.status === "error" ? "error" : "loading"}
              error={explained.status === "error" ? explained.message : undefined}
              nav={nav}
              s={s}
              onClose={() => setExplainFor(null)}
            />
          )}
          <div className={styles.exports}>
            <button type="button" onClick={() => exportCsv("比较")} data-testid="export-csv">
              {s.downloadCsv}
            </button>
            {anyData && (
              <button type="button" onClick={exportSvg} data-testid="export-svg">
                {s.downloadSvg}
              </button>
            )}
          </div>
        </figure>
      )}

      <section className={styles.rankingSection} aria-labelledby="ranking-title">
        <h3 id="ranking-title" className={styles.h3}>
          {s.rankingTitle} · {title}
        </h3>
        {ranking.length === 0 ? (
          <p className={styles.note}>{s.nobodyHasData}</p>
        ) : (
          <>
            <p className={styles.note}>{s.rankingNote(ranking.length)}</p>
            {measure !== "stories" && (
              <p className={styles.note} data-testid="evidence-rule">
                {s.evidenceRule(MIN_STORIES, MIN_SOURCES)}
                {unranked > 0 ? ` ${s.unrankedNote(unranked)}` : ""}
              </p>
            )}
            <RankingList rows={ranking} unit={unit} chosen={state.compare} nav={nav} s={s} />
            <div className={styles.exports}>
              <button type="button" onClick={() => exportCsv("排名")} data-testid="export-ranking-csv">
                {s.downloadRankingCsv}
              </button>
            </div>
          </>
        )}
      </section>
    </section>
  );
}
