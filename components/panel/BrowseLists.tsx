"use client";

import { useEffect, useId, useState } from "react";
import { filterParams } from "@/lib/api-params";
import { failureText, type Strings } from "@/lib/i18n";
import { placeNameZh, storyPlaceName } from "@/lib/place-names";
import type { ArticleSummary, CountyInfo } from "@/lib/view-models";
import { usePaged } from "../state/usePaged";
import { ViewLink, type Nav } from "../state/ViewLink";
import HighlightedText from "./HighlightedText";
import StatusMessage from "./StatusMessage";
import styles from "./panel.module.css";

type Props = {
  counties: CountyInfo[];
  storyCounts: Map<string, number>;
  filters: string;
  nav: Nav;
  t: Strings;
  terms: string[];
  /** The "back to the overview" link (not when the list stands in for a map that cannot be shown). */
  withBack?: boolean;
};

const STORY_FILTER_DEBOUNCE_MS = 300;

/** The Chinese name (the interface may show the English one). */
const zhName = (c: CountyInfo) => placeNameZh(c.adcode) ?? "";

const matches = (hay: string, needle: string) => !needle || hay.toLowerCase().includes(needle.trim().toLowerCase());

/**
 * Keyboard and screen-reader route to everything on the map: a filterable list of all 90 counties
 * (with story counts) and of all stories, newest first and page by page (the story filter is a
 * server-side search added to the page's filters); each entry opens the panel a map click opens.
 */
export default function BrowseLists({ counties, storyCounts: counts, filters, nav, t, terms, withBack = true }: Props) {
  const [countyQ, setCountyQ] = useState("");
  const [storyQ, setStoryQ] = useState("");
  const [storyQuery, setStoryQuery] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setStoryQuery(storyQ.trim()), STORY_FILTER_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [storyQ]);
  const countyInput = useId();
  const storyInput = useId();
  const state = nav.state;
  const listFilters = storyQuery ? filterParams({ ...state, q: `${state.q} ${storyQuery}`.trim() }) : filters;
  const stories = usePaged<ArticleSummary>(`/api/stories?${listFilters}`);
  const countyRows = counties
    // Chinese and English names both match, whichever the interface shows.
    .filter((c) => matches(`${c.name} ${c.cityName} ${c.adcode} ${zhName(c)}`, countyQ))
    .sort((a, b) => (counts.get(b.adcode) ?? 0) - (counts.get(a.adcode) ?? 0) || a.adcode.localeCompare(b.adcode));

  return (
    <section aria-label={t.listView} data-testid="browse-lists">
      {withBack && (
        <ViewLink nav={nav} patch={{ view: "map" }} className={styles.back}>
          ← {t.backToOverview}
        </ViewLink>
      )}
      <section className={styles.section}>
        <h2 className={styles.title} tabIndex={-1}>
          {t.countyList}
        </h2>
        <label htmlFor={countyInput} className={styles.label}>
          {t.countyFilter}
        </label>
        <input id={countyInput} className={styles.input} type="search" value={countyQ} onChange={(e) => setCountyQ(e.target.value)} placeholder={nav.state.lang === "zh" ? "滨江 / 新昌 / 330102" : "Binjiang / 滨江 / 330102"} />
        <ul className={styles.list} data-testid="county-list">
          {countyRows.map((c) => (
            <li key={c.adcode}>
              <ViewLink nav={nav} patch={{ county: c.adcode, article: null, view: "map" }}>
                <span>{c.name}</span>
                <small>{c.cityName}</small>
                <span className={styles.count}>{counts.get(c.adcode) ?? 0}</span>
              </ViewLink>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section}>
        <h2 className={styles.title}>{t.storyList}</h2>
        <label htmlFor={storyInput} className={styles.label}>
          {t.storyFilter}
        </label>
        <input id={storyInput} className={styles.input} type="search" value={storyQ} onChange={(e) => setStoryQ(e.target.value)} />
        {stories.status === "error" && (
          <StatusMessage kind="error" onRetry={stories.retry} retryLabel={t.retry}>
            {failureText(t, t.whatStoryList, stories.httpStatus, stories.message)}
          </StatusMessage>
        )}
        <ul className={styles.list} data-testid="story-list" aria-busy={stories.status === "loading"}>
          {stories.items.map((a) => (
            <li key={a.id}>
              <ViewLink nav={nav} patch={{ article: a.id, county: a.countyCode, view: "map" }}>
                <span>
                  <HighlightedText text={a.title} terms={terms} />
                </span>
                <small>{storyPlaceName(a.placeName, a.countyCode, a.cityCode, nav.state.lang)}</small>
              </ViewLink>
            </li>
          ))}
        </ul>
        {stories.hasMore && (
          <p className={styles.more}>
            <button type="button" onClick={stories.loadMore} disabled={stories.loadingMore} data-testid="load-more">
              {stories.loadingMore ? t.loading : t.moreStories(stories.total - stories.items.length)}
            </button>
          </p>
        )}
      </section>
    </section>
  );
}
