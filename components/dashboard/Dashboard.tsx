"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { valuesByCounty } from "@/lib/compare/aggregate";
import { classify, colorFor } from "@/lib/compare/classes";
import { isRankableMeasure, measureName, measureUnit } from "@/lib/compare/measures";
import { filterArticles, hasActiveFilters } from "@/lib/filters";
import { formatValue } from "@/lib/format";
import { strings } from "@/lib/i18n";
import { searchTerms } from "@/lib/search-terms";
import { serializeViewState, type ViewState } from "@/lib/url-state";
import type { DashboardData } from "@/lib/view-models";
import CompareView from "../compare/CompareView";
import TopBar from "../controls/TopBar";
import Legend from "../map/Legend";
import MapLoader, { MapErrorBoundary } from "../map/MapLoader";
import type { MapFocus } from "../map/ZhejiangMap";
import ArticlePanel from "../panel/ArticlePanel";
import BrowseLists from "../panel/BrowseLists";
import ClusterList from "../panel/ClusterList";
import CountyPanel from "../panel/CountyPanel";
import Overview from "../panel/Overview";
import { useSearch } from "../state/useSearch";
import { useViewport, PHONE_MAX_WIDTH } from "../state/useViewport";
import { useViewState } from "../state/useViewState";
import styles from "./dashboard.module.css";

export default function Dashboard({ data, initialState }: { data: DashboardData; initialState: ViewState }) {
  const [state, go] = useViewState(initialState);
  const nav = { state, go };
  const t = strings(state.lang);
  const terms = useMemo(() => searchTerms(state.q), [state.q]);
  const search = useSearch(state.q);
  const { width, height } = useViewport();
  const phone = width <= PHONE_MAX_WIDTH;
  const [cluster, setCluster] = useState<string[] | null>(null);
  const [sheetOpen, setSheetOpen] = useState(true);
  const panelRef = useRef<HTMLDivElement>(null);

  // Keep the last search result while a new one loads, so the map does not flash everything.
  const [lastResult, setLastResult] = useState<{ hits: { id: string }[] } | null>(null);
  if (search.status === "ready" && search.data !== lastResult) setLastResult(search.data);
  const matchIds = useMemo(() => (state.q ? new Set((lastResult?.hits ?? []).map((h) => h.id)) : null), [state.q, lastResult]);

  const articles = useMemo(() => filterArticles(data.articles, state, matchIds), [data.articles, state, matchIds]);
  const countyByCode = useMemo(() => new Map(data.counties.map((c) => [c.adcode, c])), [data.counties]);
  const county = state.county ? (countyByCode.get(state.county) ?? null) : null;
  const selectedArticle = state.article ? data.articles.find((a) => a.id === state.article) : undefined;

  const measure = isRankableMeasure(state.measure) ? state.measure : "stories";
  const values = useMemo(() => valuesByCounty(articles, data.counties, measure, state.perCapita), [articles, data.counties, measure, state.perCapita]);
  const storyCounts = useMemo(() => valuesByCounty(articles, data.counties, "stories"), [articles, data.counties]);
  const classes = useMemo(() => classify([...values.values()].flatMap((v) => (v.value === null ? [] : [v.value]))), [values]);
  const fills = useMemo(() => {
    const m = new Map<string, string>();
    values.forEach((v, code) => v.value !== null && m.set(code, colorFor(v.value, classes)));
    return m;
  }, [values, classes]);

  const focus = useMemo<MapFocus>(() => {
    if (selectedArticle?.lon != null && selectedArticle.lat != null) return { kind: "point", lon: selectedArticle.lon, lat: selectedArticle.lat };
    if (county?.bbox) return { kind: "county", bbox: county.bbox };
    return null;
  }, [selectedArticle, county]);

  const wide = state.view === "compare";
  // On desktop the panel sits beside the map; on phones the bottom sheet covers the map's lower part.
  const sheet = wide ? 0.7 : 0.45;
  const padding = phone ? { top: 0, right: 0, bottom: sheetOpen ? Math.round(height * sheet) : 48, left: 0 } : { top: 0, right: 0, bottom: 0, left: 0 };

  const title = selectedArticle?.title ?? county?.name ?? t.appName;
  useEffect(() => {
    document.title = title === t.appName ? t.appName : `${title} · ${t.appName}`;
  }, [title, t.appName]);

  // A new selection brings the panel into view on phones and moves focus to it for keyboard users.
  const selectionKey = `${state.view}|${state.county}|${state.article}|${cluster?.join(",")}`;
  const lastSelection = useRef(selectionKey);
  useEffect(() => {
    if (lastSelection.current === selectionKey) return;
    lastSelection.current = selectionKey;
    setSheetOpen(true);
    panelRef.current?.scrollTo({ top: 0 });
    panelRef.current?.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
  }, [selectionKey]);

  const legendTitle = `${measureName(measure, state.lang)}${measure === "stories" ? "" : `（${measureUnit(measure)}）`}${state.perCapita ? ` · ${t.perCapita}` : ""}`;
  const hoverLine = (adcode: string) => {
    const c = countyByCode.get(adcode);
    const n = storyCounts.get(adcode)?.value ?? 0;
    const v = values.get(adcode);
    const extra = measure !== "stories" || state.perCapita ? ` · ${v?.value != null ? formatValue(v.value, state.perCapita ? "" : measureUnit(measure), v.approx, state.lang) : t.noData}` : "";
    return `${c?.cityName ?? ""} · ${t.storyCount(n)}${extra}`;
  };

  let panel: React.ReactNode;
  if (state.view === "compare") panel = <CompareView data={data} articles={articles} nav={nav} t={t} />;
  else if (state.view === "list") panel = <BrowseLists counties={data.counties} articles={articles} nav={nav} t={t} terms={terms} />;
  else if (cluster)
    panel = <ClusterList stories={data.articles.filter((a) => cluster.includes(a.id))} nav={nav} t={t} onClose={() => setCluster(null)} />;
  else if (state.article)
    panel = <ArticlePanel key={state.article} id={state.article} nav={nav} t={t} terms={terms} countyName={county?.name ?? null} />;
  else if (county)
    panel = <CountyPanel key={county.adcode} county={county} stories={articles.filter((a) => a.countyCode === county.adcode)} nav={nav} t={t} terms={terms} />;
  else panel = <Overview articles={articles} cities={data.cities} nav={nav} t={t} terms={terms} search={search} filtersActive={hasActiveFilters(state)} />;

  return (
    <div className={`${styles.app} ${state.embed ? styles.embed : ""}`} lang={state.lang === "zh" ? "zh-CN" : "en"}>
      {!state.embed && <TopBar nav={nav} t={t} cities={data.cities} hasDates={data.articles.some((a) => a.publishedOn)} title={title} />}
      <div className={styles.main}>
        <div className={styles.map}>
          <MapErrorBoundary message={t.mapUnavailable}>
            <MapLoader
              counties={data.counties}
              articles={articles}
              fills={fills}
              hoverLine={hoverLine}
              selectedCounty={state.county}
              selectedArticle={state.article}
              camera={state.camera}
              focus={focus}
              padding={padding}
              ariaLabel={t.mapLabel}
              onSelectCounty={(adcode) => {
                setCluster(null);
                go({ county: adcode, article: null, camera: null, view: state.view === "list" ? "map" : state.view });
              }}
              onSelectArticle={(id) => {
                setCluster(null);
                const a = data.articles.find((x) => x.id === id);
                go({ article: id, county: a?.countyCode ?? state.county, camera: null, view: "map" });
              }}
              onShowCluster={(ids) => setCluster(ids)}
              onCameraChange={(camera) => go({ camera }, "replace")}
            />
          </MapErrorBoundary>
          <Legend title={legendTitle} classes={classes} noDataLabel={t.legendNoData} />
          {state.embed && (
            <a className={styles.embedLink} href={`/${serializeViewState({ ...state, embed: false })}`} target="_blank" rel="noopener">
              {t.openFull} ↗
            </a>
          )}
        </div>
        <aside
          className={`${styles.panel} ${wide ? styles.wide : ""} ${phone && !sheetOpen ? styles.collapsed : ""}`}
          aria-label={t.panelLabel}
          data-testid="panel"
        >
          {phone && (
            <button type="button" className={styles.handle} aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
              {sheetOpen ? t.collapse : t.expand}
            </button>
          )}
          <div className={styles.panelBody} ref={panelRef}>
            {panel}
          </div>
        </aside>
      </div>
    </div>
  );
}
