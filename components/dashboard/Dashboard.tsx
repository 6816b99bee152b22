"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { filterParams, statsParams } from "@/lib/api-params";
import { isRankableMeasure } from "@/lib/compare/measures";
import { dashboardView } from "@/lib/dashboard-view";
import { hasActiveFilters } from "@/lib/filters";
import { strings } from "@/lib/i18n";
import { searchTerms } from "@/lib/search-terms";
import { MAX_COMPARE, serializeViewState, type ViewState } from "@/lib/url-state";
import type { ArticleDetail, DashboardData } from "@/lib/view-models";
import CompareView from "../compare/CompareView";
import TopBar from "../controls/TopBar";
import Legend from "../map/Legend";
import MapLoader, { MapErrorBoundary } from "../map/MapLoader";
import type { MapFocus, PinStories } from "../map/ZhejiangMap";
import ArticlePanel from "../panel/ArticlePanel";
import BrowseLists from "../panel/BrowseLists";
import ClusterList from "../panel/ClusterList";
import CountyPanel from "../panel/CountyPanel";
import Overview from "../panel/Overview";
import { useJson } from "../state/useJson";
import { useSearch } from "../state/useSearch";
import { useStats } from "../state/useStats";
import { useViewport, PHONE_MAX_WIDTH } from "../state/useViewport";
import { useViewState } from "../state/useViewState";
import styles from "./dashboard.module.css";

type Props = { data: DashboardData; initialState: ViewState; initialStatsQuery: string };

export default function Dashboard({ data, initialState, initialStatsQuery }: Props) {
  const [state, go] = useViewState(initialState);
  const nav = { state, go };
  const t = strings(state.lang);
  const terms = useMemo(() => searchTerms(state.q), [state.q]);
  const { width, height } = useViewport();
  const phone = width <= PHONE_MAX_WIDTH;
  const [pinStories, setPinStories] = useState<PinStories | null>(null);
  const [sheetOpen, setSheetOpen] = useState(true);
  const panelRef = useRef<HTMLDivElement>(null);

  // Everything numeric comes aggregated from the server for the URL's filters and measure.
  const measure = isRankableMeasure(state.measure) ? state.measure : "stories";
  const filters = filterParams(state);
  const { stats } = useStats(statsParams(state, measure), { query: initialStatsQuery, stats: data.stats });
  const view = useMemo(() => dashboardView(data, stats, state, MAX_COMPARE), [data, stats, state]);
  const search = useSearch(state.q, filters);

  const county = state.county ? (view.countyByCode.get(state.county) ?? null) : null;
  const [articleRes, retryArticle] = useJson<ArticleDetail>(state.article ? `/api/articles/${state.article}` : null);
  const selectedArticle = articleRes.status === "ready" ? articleRes.data : null;

  const focus = useMemo<MapFocus>(() => {
    if (selectedArticle?.lon != null && selectedArticle.lat != null) return { kind: "point", lon: selectedArticle.lon, lat: selectedArticle.lat };
    if (county?.bbox && !state.article) return { kind: "county", bbox: county.bbox };
    return null;
  }, [selectedArticle, county, state.article]);

  const wide = state.view === "compare";
  // On desktop the panel sits beside the map; on phones the bottom sheet covers the map's lower part.
  const sheet = wide ? 0.7 : 0.45;
  const padding = phone ? { top: 0, right: 0, bottom: sheetOpen ? Math.round(height * sheet) : 48, left: 0 } : { top: 0, right: 0, bottom: 0, left: 0 };

  const title = (state.article ? selectedArticle?.title : null) ?? county?.name ?? t.appName;
  useEffect(() => {
    document.title = title === t.appName ? t.appName : `${title} · ${t.appName}`;
  }, [title, t.appName]);

  // A new selection brings the panel into view on phones and moves focus to it for keyboard users.
  const selectionKey = `${state.view}|${state.county}|${state.article}|${JSON.stringify(pinStories)}`;
  const lastSelection = useRef(selectionKey);
  useEffect(() => {
    if (lastSelection.current === selectionKey) return;
    lastSelection.current = selectionKey;
    setSheetOpen(true);
    panelRef.current?.scrollTo({ top: 0 });
    panelRef.current?.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
  }, [selectionKey]);

  let panel: React.ReactNode;
  if (state.view === "compare") panel = <CompareView base={data} stats={stats} view={view} nav={nav} t={t} />;
  else if (state.view === "list") panel = <BrowseLists counties={data.counties} storyCounts={view.storyCounts} filters={filters} nav={nav} t={t} terms={terms} />;
  else if (pinStories) panel = <ClusterList what={pinStories} filters={filters} nav={nav} t={t} onClose={() => setPinStories(null)} />;
  else if (state.article)
    panel = <ArticlePanel key={state.article} res={articleRes} retry={retryArticle} nav={nav} t={t} terms={terms} countyName={county?.name ?? null} />;
  else if (county)
    panel = (
      <CountyPanel key={county.adcode} county={county} storyCount={view.storyCounts.get(county.adcode) ?? 0} filters={filters} nav={nav} t={t} terms={terms} />
    );
  else panel = <Overview stats={stats} cities={data.cities} nav={nav} t={t} terms={terms} search={search} filtersActive={hasActiveFilters(state)} />;

  return (
    <div className={`${styles.app} ${state.embed ? styles.embed : ""}`} lang={state.lang === "zh" ? "zh-CN" : "en"}>
      {!state.embed && <TopBar nav={nav} t={t} cities={data.cities} hasDates={data.hasDates} title={title} />}
      <div className={styles.main}>
        <div className={styles.map}>
          <MapErrorBoundary message={t.mapUnavailable}>
            <MapLoader
              counties={data.counties}
              pinsQuery={filters}
              fills={view.fills}
              hoverLine={(adcode) => view.hoverLines.get(adcode) ?? ""}
              selectedCounty={state.county}
              selectedArticle={state.article}
              camera={state.camera}
              focus={focus}
              padding={padding}
              ariaLabel={t.mapLabel}
              onSelectCounty={(adcode) => {
                setPinStories(null);
                go({ county: adcode, article: null, camera: null, view: state.view === "list" ? "map" : state.view });
              }}
              onSelectArticle={(id, countyCode) => {
                setPinStories(null);
                go({ article: id, county: countyCode ?? state.county, camera: null, view: "map" });
              }}
              onShowStories={(what) => setPinStories(what)}
              onCameraChange={(camera) => go({ camera }, "replace")}
            />
          </MapErrorBoundary>
          <Legend title={view.legendTitle} classes={view.classes} noDataLabel={t.legendNoData} />
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
