/**
 * The dashboard's view model: one pure function from the server's aggregates and the URL state to
 * everything the map and the compare view show (measure, county values, colour classes, fills,
 * legend, hover lines, ranking, compare rows, quick picks). The map and compare views read the same
 * object, so a county's colour, its bar and its ranking row can never disagree.
 */
import { evidenceOf, rankCounties, type CountyValue, type RankRow } from "./compare/aggregate";
import { classify, colorFor, type ColorClass } from "./compare/classes";
import { compareRows, quickPicks, type CompareRow } from "./compare/compare-rows";
import { perCapitaValue } from "./compare/indicator-figures";
import { isRankableMeasure, measureName, measureUnit, perCapitaMeaningful } from "./compare/measures";
import { formatValue } from "./format";
import { strings } from "./i18n";
import type { Measure, ViewState } from "./url-state";
import type { CountyInfo, DashboardBase, DashboardStats } from "./view-models";

export type DashboardView = {
  /** The measure shown: the URL's, or stories when that cannot be ranked (shares, generic counts). */
  measure: Measure;
  perCapita: boolean;
  countyByCode: Map<string, CountyInfo>;
  /** Every county on the measure (per 10,000 residents when asked); value null = no data. */
  values: Map<string, CountyValue>;
  /** The same, always raw totals (never per capita): what the exports write beside the per-capita value. */
  totals: Map<string, CountyValue>;
  storyCounts: Map<string, number>;
  classes: ColorClass[];
  /** adcode -> fill colour, for counties with data. */
  fills: Map<string, string>;
  legendTitle: string;
  /** adcode -> the tooltip's second line: "杭州市 · 3 篇报道 · 1520家". */
  hoverLines: Map<string, string>;
  /** Counties with data: ranked ones largest first, then those with too little evidence (rank null). */
  ranking: RankRow[];
  /** The compared counties, in the order chosen. */
  compare: CompareRow[];
  quickPicks: CountyInfo[];
};

export const QUICK_PICKS = 4;

/**
 * Raw server totals as CountyValues for every county. Per capita is rounded to the significant
 * figures it is shown with (lib/compare/indicator-figures), so the map, chart, table, ranking and
 * CSV all carry the same number; where per capita means nothing (villages) every value is null.
 */
export function countyValues(stats: Pick<DashboardStats, "values">, counties: CountyInfo[], perCapita: boolean, measure: string = "stories"): Map<string, CountyValue> {
  const meaningful = perCapitaMeaningful(measure);
  return new Map(
    counties.map((c) => {
      const t = stats.values[c.adcode];
      let value = t ? t.value : null;
      if (perCapita) value = meaningful ? perCapitaValue(value, c.population) : null;
      const base = { stories: t?.stories ?? 0, sources: t ? t.sources : null, metrics: t?.metrics ?? 0 };
      return [c.adcode, { adcode: c.adcode, value, approx: value !== null && (t?.approx ?? false), ...base, evidence: evidenceOf(base) }];
    }),
  );
}

export function dashboardView(base: Pick<DashboardBase, "counties">, stats: DashboardStats, state: ViewState, maxCompare = 12): DashboardView {
  const t = strings(state.lang);
  // The stats answer for the measure they were asked for; while a new measure loads, keep showing theirs.
  const wanted = isRankableMeasure(state.measure) ? state.measure : "stories";
  const measure = stats.measure === wanted ? wanted : stats.measure;
  const counties = base.counties;
  const countyByCode = new Map(counties.map((c) => [c.adcode, c]));
  const values = countyValues(stats, counties, state.perCapita, measure);
  const storyCounts = new Map(Object.entries(stats.storyCounts));
  const classes = classify([...values.values()].flatMap((v) => (v.value === null ? [] : [v.value])));
  const fills = new Map<string, string>();
  values.forEach((v, code) => v.value !== null && fills.set(code, colorFor(v.value, classes)));

  const ranking = rankCounties(values, counties).filter((r) => r.value !== null);
  const hoverLines = new Map<string, string>();
  for (const c of counties) {
    const n = storyCounts.get(c.adcode) ?? 0;
    const v = values.get(c.adcode);
    const extra =
      measure !== "stories" || state.perCapita
        ? ` · ${v?.value != null ? formatValue(v.value, state.perCapita ? "" : measureUnit(measure), v.approx, state.lang) : t.noData}${v?.value != null && !v.evidence ? ` · ${state.lang === "zh" ? "证据不足，不排名" : "too little evidence to rank"}` : ""}`
        : "";
    hoverLines.set(c.adcode, `${c.cityName} · ${t.storyCount(n)}${extra}`);
  }

  return {
    measure,
    perCapita: state.perCapita,
    countyByCode,
    values,
    totals: state.perCapita ? countyValues(stats, counties, false, measure) : values,
    storyCounts,
    classes,
    fills,
    legendTitle: `${measureName(measure, state.lang)}${measure === "stories" ? "" : `（${measureUnit(measure)}）`}${state.perCapita ? ` · ${t.perCapita}` : ""}`,
    hoverLines,
    ranking,
    compare: compareRows(state.compare, values, counties, classes, ranking),
    quickPicks: quickPicks(values, counties, state.compare, Math.max(0, Math.min(QUICK_PICKS, maxCompare - state.compare.length))),
  };
}
