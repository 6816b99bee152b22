"use client";

import type { Strings } from "@/lib/i18n";
import type { ArticleSummary, CityInfo, SearchHit } from "@/lib/view-models";
import type { Loadable } from "../state/useJson";
import { ViewLink, type Nav } from "../state/ViewLink";
import HighlightedText from "./HighlightedText";
import StatusMessage from "./StatusMessage";
import StoryCard from "./StoryCard";
import styles from "./panel.module.css";

type Props = {
  articles: ArticleSummary[];
  cities: CityInfo[];
  nav: Nav;
  t: Strings;
  terms: string[];
  search: Loadable<{ q: string; hits: SearchHit[] }>;
  filtersActive: boolean;
};

const LATEST = 6;

/** Nothing selected: province totals, stories per city, and the latest stories (or search results). */
export default function Overview({ articles, cities, nav, t, terms, search, filtersActive }: Props) {
  const countiesCovered = new Set(articles.map((a) => a.countyCode).filter(Boolean)).size;
  const metricCount = articles.reduce((s, a) => s + a.metricCount, 0);
  const perCity = cities
    .map((c) => ({ c, n: articles.filter((a) => a.cityCode === c.adcode).length }))
    .sort((x, y) => y.n - x.n || x.c.adcode.localeCompare(y.c.adcode));
  const max = Math.max(1, ...perCity.map((x) => x.n));
  const latest = [...articles].sort((a, b) => (b.publishedOn ?? "").localeCompare(a.publishedOn ?? "")).slice(0, LATEST);
  const lang = nav.state.lang;

  return (
    <section aria-labelledby="overview-title" data-testid="overview">
      <h2 id="overview-title" className={styles.title}>
        {t.overview}
      </h2>
      <dl className={styles.totals}>
        <div>
          <dt>{t.stories}</dt>
          <dd data-testid="total-stories">{articles.length}</dd>
        </div>
        <div>
          <dt>{t.countiesCovered}</dt>
          <dd>{countiesCovered}</dd>
        </div>
        <div>
          <dt>{t.metrics}</dt>
          <dd>{metricCount}</dd>
        </div>
      </dl>

      {nav.state.q && (
        <section className={styles.section} aria-live="polite">
          {search.status === "ready" ? (
            <>
              <h3>{t.searchResults(articles.length)}</h3>
              <ul className={styles.hits}>
                {search.data.hits
                  .filter((h) => articles.some((a) => a.id === h.id))
                  .map((h) => (
                    <li key={h.id}>
                      <ViewLink nav={nav} patch={{ article: h.id, county: articles.find((a) => a.id === h.id)?.countyCode ?? null }}>
                        <HighlightedText text={h.title} terms={terms} />
                      </ViewLink>
                      <p>
                        <HighlightedText text={h.snippet} terms={terms} />
                      </p>
                    </li>
                  ))}
              </ul>
            </>
          ) : search.status === "error" ? (
            <StatusMessage kind="error">{`${t.loadFailed}：${search.message}`}</StatusMessage>
          ) : (
            <StatusMessage kind="loading">{t.searching}</StatusMessage>
          )}
        </section>
      )}

      {articles.length === 0 && !nav.state.q && (
        <StatusMessage kind="empty">{filtersActive ? t.noMatch : t.noStories}</StatusMessage>
      )}
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

      {!nav.state.q && latest.length > 0 && (
        <section className={styles.section}>
          <h3>{t.latestStories}</h3>
          <div className={styles.cards}>
            {latest.map((a) => (
              <StoryCard key={a.id} a={a} nav={nav} terms={terms} lang={lang} />
            ))}
          </div>
          <p>
            <ViewLink nav={nav} patch={{ view: "list" }}>
              {t.allStories} ({articles.length}) →
            </ViewLink>
          </p>
        </section>
      )}
    </section>
  );
}
