"use client";

import type { Strings } from "@/lib/i18n";
import { formatPlain } from "@/lib/format";
import { MAX_COMPARE } from "@/lib/url-state";
import type { ArticleSummary, CountyInfo, TracedMetric } from "@/lib/view-models";
import { useJson } from "../state/useJson";
import { ViewLink, type Nav } from "../state/ViewLink";
import KindSummaryList from "./KindSummaryList";
import StatusMessage from "./StatusMessage";
import StoryCard from "./StoryCard";
import styles from "./panel.module.css";

type Props = { county: CountyInfo; stories: ArticleSummary[]; nav: Nav; t: Strings; terms: string[] };

/** A county: name, city, story count, its stories as cards and a traceable summary of its numbers. */
export default function CountyPanel({ county, stories, nav, t, terms }: Props) {
  const [res, retry] = useJson<TracedMetric[]>(`/api/counties/${county.adcode}/metrics`);
  const visible = new Set(stories.map((s) => s.id));
  const inCompare = nav.state.compare.includes(county.adcode);
  const lang = nav.state.lang;

  return (
    <section aria-labelledby="county-title" data-testid="county-panel" data-adcode={county.adcode}>
      <ViewLink nav={nav} patch={{ county: null, article: null }} className={styles.back}>
        ← {t.backToOverview}
      </ViewLink>
      <h2 id="county-title" className={styles.title}>
        {county.name}
        <span className={styles.subtitle}>{county.cityName}</span>
      </h2>
      <p className={styles.lede}>
        <strong data-testid="county-story-count">{t.storyCount(stories.length)}</strong>
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
        {nav.state.compare.length > 0 && (
          <ViewLink nav={nav} patch={{ view: "compare" }}>
            {t.compare} ({nav.state.compare.length}) →
          </ViewLink>
        )}
      </div>

      <h3 className={styles.h3}>{t.stories}</h3>
      {stories.length === 0 ? (
        <StatusMessage kind="empty">{t.noStoriesHere}</StatusMessage>
      ) : (
        <div className={styles.cards}>
          {stories.map((a) => (
            <StoryCard key={a.id} a={a} nav={nav} terms={terms} lang={lang} />
          ))}
        </div>
      )}

      {stories.length > 0 && (
        <section className={styles.section}>
          <h3>{t.metricSummary}</h3>
          {res.status === "ready" ? (
            <>
              <KindSummaryList metrics={res.data.filter((m) => visible.has(m.articleId))} nav={nav} t={t} />
              <p className={styles.note}>{t.approxNote}</p>
            </>
          ) : res.status === "error" ? (
            <StatusMessage kind="error" onRetry={retry} retryLabel={t.retry}>
              {`${t.loadFailed}：${res.message}`}
            </StatusMessage>
          ) : (
            <StatusMessage kind="loading">{t.loading}</StatusMessage>
          )}
        </section>
      )}
    </section>
  );
}
