"use client";

import { failureText, type Strings } from "@/lib/i18n";
import { formatPlain } from "@/lib/format";
import { MAX_COMPARE } from "@/lib/url-state";
import type { CountyInfo, CountyMetricSummary } from "@/lib/view-models";
import { useJson } from "../state/useJson";
import CountyFeedLink from "../time/CountyFeedLink";
import CountyMonths from "../time/CountyMonths";
import { ViewLink, type Nav } from "../state/ViewLink";
import KindSummaryList from "./KindSummaryList";
import StatusMessage from "./StatusMessage";
import StoryList from "./StoryList";
import styles from "./panel.module.css";

type Props = { county: CountyInfo; storyCount: number; filters: string; nav: Nav; t: Strings; terms: string[] };

/** A county: name, city, story count, its stories page by page and a traceable summary of its numbers. */
export default function CountyPanel({ county, storyCount, filters, nav, t, terms }: Props) {
  const amp = filters ? `&${filters}` : "";
  const [res, retry] = useJson<CountyMetricSummary>(`/api/counties/${county.adcode}/metrics${filters ? `?${filters}` : ""}`);
  const inCompare = nav.state.compare.includes(county.adcode);

  return (
    <section aria-labelledby="county-title" data-testid="county-panel" data-adcode={county.adcode}>
      <ViewLink nav={nav} patch={{ county: null, article: null }} className={styles.back}>
        ← {t.backToOverview}
      </ViewLink>
      <h2 id="county-title" className={styles.title} tabIndex={-1}>
        {county.name}
        <span className={styles.subtitle}>{county.cityName}</span>
      </h2>
      <p className={styles.lede}>
        <strong data-testid="county-story-count">{t.storyCount(storyCount)}</strong>
        {county.population !== null && (
          <span>
            {" · "}
            {t.population} {formatPlain(county.population)}
          </span>
        )}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          disabled={inCompare || nav.state.compare.length >= MAX_COMPARE}
          onClick={() => nav.go({ compare: [...nav.state.compare, county.adcode] })}
        >
          {inCompare ? t.inCompare : `+ ${t.addToCompare}`}
        </button>
        <CountyFeedLink adcode={county.adcode} lang={nav.state.lang} />
        {nav.state.compare.length > 0 && (
          <ViewLink nav={nav} patch={{ view: "compare" }}>
            {t.compare} ({nav.state.compare.length}) →
          </ViewLink>
        )}
      </div>

      <h3 className={styles.h3}>{t.stories}</h3>
      {storyCount === 0 ? (
        <StatusMessage kind="empty">{t.noStoriesHere}</StatusMessage>
      ) : (
        <StoryList url={`/api/stories?county=${county.adcode}${amp}`} nav={nav} t={t} terms={terms} empty={t.noStoriesHere} what={t.whatCountyStories(county.name)} />
      )}

      <CountyMonths key={county.adcode} adcode={county.adcode} countyName={county.name} nav={nav} />

      {storyCount > 0 && (
        <section className={styles.section}>
          <h3>{t.metricSummary}</h3>
          {res.status === "ready" ? (
            <>
              <KindSummaryList kinds={res.data.kinds} itemsUrl={`/api/counties/${county.adcode}/metrics?${filters}`} nav={nav} t={t} />
              <p className={styles.note}>{t.approxNote}</p>
            </>
          ) : res.status === "error" ? (
            <StatusMessage kind="error" onRetry={retry} retryLabel={t.retry}>
              {failureText(t, t.whatCountyNumbers(county.name), res.httpStatus, res.message)}
            </StatusMessage>
          ) : (
            <StatusMessage kind="loading">{t.loading}</StatusMessage>
          )}
        </section>
      )}
    </section>
  );
}
