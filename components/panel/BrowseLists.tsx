"use client";

import { useId, useState } from "react";
import type { Strings } from "@/lib/i18n";
import type { ArticleSummary, CountyInfo } from "@/lib/view-models";
import { ViewLink, type Nav } from "../state/ViewLink";
import HighlightedText from "./HighlightedText";
import styles from "./panel.module.css";

type Props = { counties: CountyInfo[]; articles: ArticleSummary[]; nav: Nav; t: Strings; terms: string[] };

const matches = (hay: string, needle: string) => !needle || hay.toLowerCase().includes(needle.trim().toLowerCase());

/**
 * Keyboard and screen-reader route to everything on the map: a filterable list of all 90 counties
 * (with story counts) and of all stories; each entry opens the same panel a map click opens.
 */
export default function BrowseLists({ counties, articles, nav, t, terms }: Props) {
  const [countyQ, setCountyQ] = useState("");
  const [storyQ, setStoryQ] = useState("");
  const countyInput = useId();
  const storyInput = useId();
  const counts = new Map<string, number>();
  articles.forEach((a) => a.countyCode && counts.set(a.countyCode, (counts.get(a.countyCode) ?? 0) + 1));
  const countyRows = counties
    .filter((c) => matches(`${c.name}${c.cityName}${c.adcode}`, countyQ))
    .sort((a, b) => (counts.get(b.adcode) ?? 0) - (counts.get(a.adcode) ?? 0) || a.adcode.localeCompare(b.adcode));
  const storyRows = articles.filter((a) => matches(`${a.title}${a.placeName ?? ""}${a.authors.join("")}`, storyQ));

  return (
    <section aria-label={t.listView} data-testid="browse-lists">
      <ViewLink nav={nav} patch={{ view: "map" }} className={styles.back}>
        ← {t.backToOverview}
      </ViewLink>
      <section className={styles.section}>
        <h2 className={styles.title}>{t.countyList}</h2>
        <label htmlFor={countyInput} className={styles.label}>
          {t.countyFilter}
        </label>
        <input id={countyInput} className={styles.input} type="search" value={countyQ} onChange={(e) => setCountyQ(e.target.value)} placeholder="滨江 / 新昌 / 330102" />
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
        <ul className={styles.list} data-testid="story-list">
          {storyRows.map((a) => (
            <li key={a.id}>
              <ViewLink nav={nav} patch={{ article: a.id, county: a.countyCode, view: "map" }}>
                <span>
                  <HighlightedText text={a.title} terms={terms} />
                </span>
                <small>{a.placeName}</small>
              </ViewLink>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
