"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { filterParams, statsParams } from "@/lib/api-params";
import { isRankableMeasure } from "@/lib/compare/measures";
import { dashboardView } from "@/lib/dashboard-view";
import { hasActiveFilters } from "@/lib/filters";
import { failureText, langTag, strings } from "@/lib/i18n";
import type { InventorySummary } from "@/lib/db/inventory";
import { placeName } from "@/lib/place-names";
import { searchTerms } from "@/lib/search-terms";
import { MAX_COMPARE, serializeViewState, type ViewState } from "@/lib/url-state";
import type { ArticleDetail, DashboardData } from "@/lib/view-models";
import CompareView from "../compare/CompareView";
import TopBar from "../controls/TopBar";
import Legend from "../map/Legend";
import MapLoader, { MapErrorBoundary, MapUnavailable, useWebGL } from "../map/MapLoader";
import type { MapFocus, PinStories } from "../map/ZhejiangMap";
import ArticlePanel from "../panel/ArticlePanel";
import BrowseLists from "../panel/BrowseLists";
import ClusterList from "../panel/ClusterList";
import CountyPanel from "../panel/CountyPanel";
import Overview from "../panel/Overview";
import StatusMessage from "../panel/StatusMessage";
import { useJson } from "../state/useJson";
import { useSearch } from "../state/useSearch";
import { useStats } from "../state/useStats";
import { useViewport, PHONE_MAX_WIDTH } from "../state/useViewport";
import { useViewState } from "../state/useViewState";
import MapTools from "../time/MapTools";
import TimeControl from "../time/TimeControl";
import HtmlLang from "./HtmlLang";
import { usePanelFocus } from "./usePanelFocus";
import styles from "./dashboard.module.css";

type Props = {
  data: DashboardData;
  initialState: ViewState;
  initialStatsQuery: string;
  /** What is loaded, for the first-visit line. */
  inventory: InventorySummary;
  /** An article id the link asked for that is not an id at all: said once, above the overview. */
  badArticle: string | null;
};

/** Embeds smaller than this start with the panel folded away, so the map keeps the frame. */
const SMALL_FRAME = { width: 900, height: 600 };

export default function Dashboard({ data, initialState, initialStatsQuery, inventory, badArticle }: Props) {
  const [state, go] = useViewState(initialState);
  const nav = { state, go };
  const lang = state.lang;
  const t = strings(lang);
  const terms = useMemo(() => searchTerms(state.q), [state.q]);
  const { width, height } = useViewport();
  const phone = width <= PHONE_MAX_WIDTH;
  const smallFrame = state.embed && (width < SMALL_FRAME.width || height < SMALL_FRAME.height);
  const [pinStories, setPinStories] = useState<PinStories | null>(null);
  // null: as the frame suggests (open, except in small embeds); then as the reader chose.
  const [sheetChoice, setSheetChoice] = useState<boolean | null>(null);
  const sheetOpen = sheetChoice ?? !smallFrame;
  const foldable = phone || state.embed;
  const panelRef = useRef<HTMLDivElement>(null);
  const webgl = useWebGL();
  const [mapFailed, setMapFailed] = useState(false);
  const noMap = !webgl || mapFailed;

  // Place names in the interface language: every view below reads these.
  const base = useMemo(() => {
    if (lang === "zh") return data;
    const cityName = new Map(data.cities.map((c) => [c.adcode, placeName(c.adcode, c.name, "en")]));
    return {
      ...data,
      cities: data.cities.map((c) => ({ ...c, name: cityName.get(c.adcode)! })),
      counties: data.counties.map((c) => ({ ...c, name: placeName(c.adcode, c.name, "en"), cityName: cityName.get(c.cityCode) ?? c.cityName })),
    };
  }, [data, lang]);

  // Everything numeric comes aggregated from the server for the URL's filters and measure.
  const measure = isRankableMeasure(state.measure) ? state.measure : "stories";
  const filters = filterParams(state);
  const statsRes = useStats(statsParams(state, measure), { query: initialStatsQuery, stats: data.stats });
  const stats = statsRes.stats;
  const view = useMemo(() => dashboardView(base, stats, state, MAX_COMPARE), [base, stats, state]);
  const [search, retrySearch] = useSearch(state.q, filters);

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

  // A new selection unfolds the panel and moves focus to its heading for keyboard users.
  const selectionKey = `${state.view}|${state.county}|${state.article}|${JSON.stringify(pinStories)}`;
  const [openedFor, setOpenedFor] = useState(selectionKey);
  if (openedFor !== selectionKey) {
    setOpenedFor(selectionKey);
    if (sheetChoice === false || (sheetChoice === null && smallFrame)) setSheetChoice(true);
  }
  useEffect(() => {
    panelRef.current?.scrollTo({ top: 0 });
  }, [selectionKey]);
  usePanelFocus(panelRef, selectionKey);
  // The "not found" line for a bad link stays until the reader goes somewhere else.
  const [badLink, setBadLink] = useState<{ id: string; key: string } | null>(badArticle ? { id: badArticle, key: selectionKey } : null);
  if (badLink && badLink.key !== selectionKey) setBadLink(null);

  // Esc closes what was opened last: a bubble's story list, else the article (back to its county).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return;
      if (pinStories) setPinStories(null);
      else if (state.article && state.view === "map") go({ article: null });
      else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [pinStories, state.article, state.view, go]);

  const showList = () => go({ view: "list" });
  let panel: React.ReactNode;
  if (state.view === "compare") panel = <CompareView base={base} stats={stats} view={view} nav={nav} t={t} />;
  else if (state.view === "list") panel = <BrowseLists counties={base.counties} storyCounts={view.storyCounts} filters={filters} nav={nav} t={t} terms={terms} />;
  else if (pinStories) panel = <ClusterList what={pinStories} filters={filters} nav={nav} t={t} onClose={() => setPinStories(null)} />;
  else if (state.article)
    panel = <ArticlePanel key={state.article} res={articleRes} retry={retryArticle} nav={nav} t={t} terms={terms} countyName={county?.name ?? null} />;
  else if (county)
    panel = (
      <CountyPanel key={county.adcode} county={county} storyCount={view.storyCounts.get(county.adcode) ?? 0} filters={filters} nav={nav} t={t} terms={terms} />
    );
  // Without a map the list is the way in: it takes the overview's place.
  else if (noMap) panel = <BrowseLists counties={base.counties} storyCounts={view.storyCounts} filters={filters} nav={nav} t={t} terms={terms} withBack={false} />;
  else
    panel = (
      <Overview
        stats={stats}
        cities={base.cities}
        nav={nav}
        t={t}
        terms={terms}
        search={search}
        retrySearch={retrySearch}
        filtersActive={hasActiveFilters(state)}
        inventory={inventory}
        notice={badLink ? t.badArticleLink(badLink.id) : null}
      />
    );

  return (
    <div className={`${styles.app} ${state.embed ? styles.embed : ""}`} lang={langTag(lang)}>
      <HtmlLang lang={lang} />
      {!state.embed && <TopBar nav={nav} t={t} cities={base.cities} hasDates={data.hasDates} title={title} />}
      <div className={styles.main}>
        <div className={styles.map}>
          {noMap ? (
            <MapUnavailable
              message={t.mapUnavailable}
              hint={t.hintNoMap}
              action={
                state.view !== "list" && (
                  <button type="button" className={styles.listButton} onClick={showList}>
                    {t.openList}
                  </button>
                )
              }
            />
          ) : (
            <MapErrorBoundary onError={() => setMapFailed(true)}>
              <MapLoader
                counties={base.counties}
                pinsQuery={filters}
                fills={view.fills}
                hoverLine={(adcode) => view.hoverLines.get(adcode) ?? ""}
                countyName={(adcode, zh) => placeName(adcode, zh, lang)}
                selectedCounty={state.county}
                selectedArticle={state.article}
                camera={state.camera}
                focus={focus}
                padding={padding}
                ariaLabel={t.mapLabel}
                t={t}
                lang={lang}
                onSelectCounty={(adcode) => {
                  setPinStories(null);
                  go({ county: adcode, article: null, camera: null, view: state.view === "list" ? "map" : state.view });
                }}
                onSelectArticle={(id, countyCode) => {
                  setPinStories(null);
                  go({ article: id, county: countyCode ?? state.county, camera: null, view: "map" });
                }}
                onShowStories={(what) => {
                  setPinStories(what);
                  if (state.view !== "map") go({ view: "map" });
                }}
                onCameraChange={(camera) => go({ camera }, "replace")}
                onUnavailable={() => setMapFailed(true)}
              />
            </MapErrorBoundary>
          )}
          {!noMap && <Legend title={view.legendTitle} classes={view.classes} noDataLabel={t.legendNoData} lang={lang} />}
          {!state.embed && !noMap && <TimeControl nav={nav} storyTotal={stats.totals.stories} />}
          {!state.embed && !noMap && <MapTools state={state} title={title} legendTitle={view.legendTitle} classes={view.classes} noDataLabel={t.legendNoData} />}
          {state.embed && (
            // A landmark of its own: in an embed there is no top bar, and content outside landmarks is lost to screen-reader navigation.
            <nav aria-label={t.openFull}>
              <a className={styles.embedLink} href={`/${serializeViewState({ ...state, embed: false })}`} target="_blank" rel="noopener">
                {t.openFull} ↗
              </a>
            </nav>
          )}
        </div>
        <aside
          className={`${styles.panel} ${wide ? styles.wide : ""} ${foldable && !sheetOpen ? styles.collapsed : ""}`}
          aria-label={t.panelLabel}
          data-testid="panel"
        >
          {foldable && (
            <button type="button" className={styles.handle} aria-expanded={sheetOpen} onClick={() => setSheetChoice(!sheetOpen)}>
              {sheetOpen ? t.collapse : t.expand}
            </button>
          )}
          <div className={styles.panelBody} ref={panelRef}>
            {statsRes.error && (
              <StatusMessage kind="error" onRetry={statsRes.retry} retryLabel={t.retry}>
                {failureText(t, t.whatStats, statsRes.error.httpStatus, statsRes.error.message)}
              </StatusMessage>
            )}
            {panel}
          </div>
        </aside>
      </div>
    </div>
  );
}
