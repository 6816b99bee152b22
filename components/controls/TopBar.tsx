"use client";

import { useId, useState } from "react";
import { MEASURE_INDICATORS, measureName } from "@/lib/compare/measures";
import type { Strings } from "@/lib/i18n";
import { THEMES } from "@/lib/tags/themes";
import type { Measure } from "@/lib/url-state";
import type { CityInfo } from "@/lib/view-models";
import { ViewLink, type Nav } from "../state/ViewLink";
import SearchBox from "./SearchBox";
import ShareButton from "./ShareButton";
import styles from "./controls.module.css";

type Props = { nav: Nav; t: Strings; cities: CityInfo[]; hasDates: boolean; title: string };

/** Search, filters, the measure the map is shaded by, view switches, sharing and language. */
export default function TopBar({ nav, t, cities, hasDates, title }: Props) {
  const { state, go } = nav;
  const ids = { city: useId(), tag: useId(), measure: useId(), from: useId(), to: useId(), filters: useId() };
  const lang = state.lang;
  // On phones the filters fold away behind one button so the map keeps most of the screen.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const active = [state.city, state.tag, state.from, state.to].filter(Boolean).length + (state.measure !== "stories" || state.perCapita ? 1 : 0);
  return (
    <header className={styles.bar}>
      <h1 className={styles.brand}>
        <ViewLink nav={nav} patch={{ county: null, article: null, view: "map", q: "", city: null, tag: null, from: null, to: null }}>
          {t.appName}
        </ViewLink>
      </h1>
      <SearchBox q={state.q} go={go} t={t} />
      <button type="button" className={styles.filtersToggle} aria-expanded={filtersOpen} aria-controls={ids.filters} onClick={() => setFiltersOpen((o) => !o)}>
        {t.filters}
        {active > 0 ? ` (${active})` : ""}
      </button>
      <div id={ids.filters} className={`${styles.filters} ${filtersOpen ? styles.open : ""}`}>
        <label htmlFor={ids.city} className={styles.visuallyHidden}>
          {t.allCities}
        </label>
        <select id={ids.city} value={state.city ?? ""} onChange={(e) => go({ city: e.target.value || null })} data-testid="city-filter">
          <option value="">{t.allCities}</option>
          {cities.map((c) => (
            <option key={c.adcode} value={c.adcode}>
              {c.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.tag} className={styles.visuallyHidden}>
          {t.allThemes}
        </label>
        <select id={ids.tag} value={state.tag ?? ""} onChange={(e) => go({ tag: (e.target.value || null) as typeof state.tag })} data-testid="tag-filter">
          <option value="">{t.allThemes}</option>
          {THEMES.map((th) => (
            <option key={th.id} value={th.id}>
              {lang === "zh" ? th.zh : th.en}
            </option>
          ))}
        </select>
        {hasDates && (
          <>
            <label htmlFor={ids.from}>{t.from}</label>
            <input id={ids.from} type="date" value={state.from ?? ""} onChange={(e) => go({ from: e.target.value || null })} />
            <label htmlFor={ids.to}>{t.to}</label>
            <input id={ids.to} type="date" value={state.to ?? ""} onChange={(e) => go({ to: e.target.value || null })} />
          </>
        )}
        {/* The compare panel has the measure, with how many counties have data for each: one selector at a time. */}
        {state.view !== "compare" && (
          <>
            <label htmlFor={ids.measure}>{t.measure}</label>
            <select id={ids.measure} value={state.measure} onChange={(e) => go({ measure: e.target.value as Measure })} data-testid="measure-select">
              {(["stories", ...MEASURE_INDICATORS] as Measure[]).map((m) => (
                <option key={m} value={m}>
                  {measureName(m, lang)}
                </option>
              ))}
            </select>
            <label className={styles.check}>
              <input type="checkbox" checked={state.perCapita} onChange={(e) => go({ perCapita: e.target.checked })} data-testid="per-capita" />
              {t.perCapita}
            </label>
          </>
        )}
      </div>
      <nav className={styles.views} aria-label={t.mapView}>
        {(["map", "list", "compare"] as const).map((v) => (
          <ViewLink key={v} nav={nav} patch={{ view: v }} aria-current={state.view === v ? "page" : undefined}>
            {v === "map" ? t.mapView : v === "list" ? t.listView : `${t.compare}${state.compare.length ? ` (${state.compare.length})` : ""}`}
          </ViewLink>
        ))}
      </nav>
      <ShareButton t={t} title={title} />
      <button type="button" className={styles.lang} onClick={() => go({ lang: lang === "zh" ? "en" : "zh" })} lang={lang === "zh" ? "en" : "zh"}>
        {t.language}
      </button>
      {/* Discreet: editors only; it leads to the sign-in page. */}
      <a href="/desk" className={styles.desk} rel="nofollow">
        {t.desk}
      </a>
    </header>
  );
}
