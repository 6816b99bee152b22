"use client";

import { failureText, type Strings } from "@/lib/i18n";
import type { InventorySummary } from "@/lib/db/inventory";
import type { CityInfo, DashboardStats, SearchResult } from "@/lib/view-models";
import type { Loadable } from "../state/useJson";
import { ViewLink, type Nav } from "../state/ViewLink";
import HighlightRanges from "./HighlightRanges";
import StatusMessage from "./StatusMessage";
import StoryCard from "./StoryCard";
import styles from "./panel.module.css";

type Props = {
  stats: DashboardStats;
  cities: CityInfo[];
  nav: Nav;
  t: Strings;
  terms: string[];
  search: Loadable<SearchResult>;
  filtersActive: boolean;
  /** What is loaded in all (not under the filters): the first-visit line says it. */
  inventory: InventorySummary;
  /** Something the link asked for that could not be shown. */
  notice: string | null;
  /** Retry a failed search. */
  retrySearch?: () => void;
};

/** Nothing selected: province totals, stories per city, and the latest stories (or search results). */
export default function Overview({ stats, cities, nav, t, terms, search, filtersActive, inventory, notice, retrySearch }: Props) {
  const perCity = cities
    .map((c) => ({ c, n: stats.cityCounts[c.adcode] ?? 0 }))
    .sort((x, y) => y.n - x.n || x.c.adcode.localeCompare(y.c.adcode));
  const max = Math.max(1, ...perCity.map((x) => x.n));
  const lang = nav.state.lang;
  const about = lang === "en" ? "/about?lang=en" : "/about";

  return (
    <section aria-labelledby="overview-title" data-testid="overview">
      {notice && <StatusMessage kind="error">{notice}</StatusMessage>}
      <div className={styles.intro} data-testid="intro">
        <p className={styles.introLine}>{t.intro}</p>
        <p className={styles.hint}>{t.hint}</p>
        <p className={styles.note}>
          {t.dataLoaded(inventory.pages, inventory.stories, inventory.counties)} <a href={about}>{t.about} →</a>
        </p>
      </div>
      <h2 id="overview-title" className={styles.title} tabIndex={-1}>
        {t.overview}
      </h2>
      <dl className={styles.totals}>
        <div>
          <dt>{t.stories}</dt>
          <dd data-testid="total-stories">{stats.totals.stories}</dd>
        </div>
        <div>
          <dt>{t.countiesCovered}</dt>
          <dd>{stats.totals.counties}</dd>
        </div>
        <div>
          <dt>{t.metrics}</dt>
          <dd>{stats.totals.metrics}</dd>
        </div>
      </dl>
      <p className={styles.note}>{t.metricsHelp}</p>

      {nav.state.q && (
        <section className={styles.section} aria-live="polite">
          {search.status === "ready" ? (
            <>
              <h3>{t.searchResults(search.data.total)}</h3>
              <ul className={styles.hits} data-testid="search-hits">
                {search.data.hits.map((h) => (
                  <li key={h.id}>
                    <ViewLink nav={nav} patch={{ article: h.id, county: h.countyCode }}>
                      <HighlightRanges text={h.title} ranges={h.titleHighlights} />
                    </ViewLink>
                    <p>
                      <HighlightRanges text={h.snippet} ranges={h.highlights} />
                    </p>
                  </li>
                ))}
              </ul>
              {search.data.total > search.data.hits.length && (
                <p>
                  <ViewLink nav={nav} patch={{ view: "list" }}>
                    {t.allStories} ({search.data.total}) →
                  </ViewLink>
                </p>
              )}
            </>
          ) : search.status === "error" ? (
            <StatusMessage kind="error" onRetry={retrySearch} retryLabel={t.retry}>
              {failureText(t, t.whatSearch, search.httpStatus, search.message)}
            </StatusMessage>
          ) : (
            <StatusMessage kind="loading">{t.searching}</StatusMessage>
          )}
        </section>
      )}

      {stats.totals.stories === 0 && !nav.state.q && <StatusMessage kind="empty">{filtersActive ? t.noMatch : t.noStories}</StatusMessage>}
      {filtersActive && (
        <p>
          <ViewLink nav={nav} patch={{ q: "", city: null, tag: null, from: null, to: null }}>
            {t.clearFilters}
          </ViewLink>
        </p>
      )}

      <section className={styles.section}>
        <h3>{t.storiesPerCity}</h3>
        <ul className={styles.bars} data-testid="city-bars">
          {perCity.map(({ c, n }) => (
            <li key={c.adcode}>
              <ViewLink nav={nav} patch={{ city: nav.state.city === c.adcode ? null : c.adcode }} aria-current={nav.state.city === c.adcode ? "page" : undefined}>
                <span className={styles.barLabel}>{c.name}</span>
                <span className={styles.barTrack} aria-hidden>
                  <span className={styles.bar} style={{ width: `${(n / max) * 100}%` }} />
                </span>
                <span className={styles.barValue}>{n}</span>
              </ViewLink>
            </li>
          ))}
        </ul>
      </section>

      {!nav.state.q && stats.latest.length > 0 && (
        <section className={styles.section}>
          <h3>{t.latestStories}</h3>
          <div className={styles.cards}>
            {stats.latest.map((a) => (
              <StoryCard key={a.id} a={a} nav={nav} terms={terms} lang={lang} />
            ))}
          </div>
          <p>
            <ViewLink nav={nav} patch={{ view: "list" }}>
              {t.allStories} ({stats.totals.stories}) →
            </ViewLink>
          </p>
        </section>
      )}
    </section>
  );
}
