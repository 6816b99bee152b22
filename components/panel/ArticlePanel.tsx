"use client";

import { failureText, type Strings } from "@/lib/i18n";
import { storyPlaceName } from "@/lib/place-names";
import type { ArticleDetail } from "@/lib/view-models";
import type { Loadable } from "../state/useJson";
import { ViewLink, type Nav } from "../state/ViewLink";
import ArticleBody from "./ArticleBody";
import ArticleMetricGroups from "./ArticleMetricGroups";
import StatusMessage from "./StatusMessage";
import TagList from "./TagList";
import styles from "./panel.module.css";

type Props = { res: Loadable<ArticleDetail>; retry: () => void; nav: Nav; t: Strings; terms: string[]; countyName: string | null };

/** One story: full text with numbers and places marked, captions, byline and its numbers. */
export default function ArticlePanel({ res, retry, nav, t, terms, countyName }: Props) {
  const lang = nav.state.lang;
  const back = nav.state.county ? (
    <ViewLink nav={nav} patch={{ article: null }} className={styles.back}>
      ← {t.backToCounty} {countyName ?? ""}
    </ViewLink>
  ) : (
    <ViewLink nav={nav} patch={{ article: null }} className={styles.back}>
      ← {t.backToOverview}
    </ViewLink>
  );

  if (res.status === "loading" || res.status === "idle") return <>{back}<StatusMessage kind="loading">{t.loading}</StatusMessage></>;
  if (res.status === "error")
    return (
      <>
        {back}
        <StatusMessage kind="error" onRetry={res.notFound ? undefined : retry} retryLabel={t.retry}>
          {res.notFound ? t.articleNotFound : failureText(t, t.whatArticle, res.httpStatus, res.message)}
        </StatusMessage>
      </>
    );

  const a = res.data;
  return (
    <article aria-labelledby="article-title" data-testid="article-panel">
      {back}
      <h2 id="article-title" className={styles.title} tabIndex={-1}>
        {a.title || t.untitled}
        {a.corrected && (
          <span className={styles.corrected} data-testid="corrected-badge">
            {t.corrected}
          </span>
        )}
      </h2>
      <dl className={styles.facts}>
        {a.placeName && (
          <>
            <dt>{t.place}</dt>
            <dd>{storyPlaceName(a.placeName, a.countyCode, a.cityCode, lang)}</dd>
          </>
        )}
        {a.authors.length > 0 && (
          <>
            <dt>{t.authors}</dt>
            <dd>{a.authors.join("、")}</dd>
          </>
        )}
        <dt>{t.source}</dt>
        <dd>{a.source}</dd>
        {a.publishedOn && (
          <>
            <dt>{t.date}</dt>
            <dd>{a.publishedOn}</dd>
          </>
        )}
      </dl>
      <TagList tags={a.tags} lang={lang} label={t.tagsLabel} />
      <p className={styles.readLink}>
        <a href={`/article/${a.id}${lang === "en" ? "?lang=en" : ""}`}>{t.readablePage} ↗</a>
      </p>
      <ArticleBody a={a} terms={terms} lang={lang} />
      {a.captions.length > 0 && (
        <section className={styles.section}>
          <h3>{t.captions}</h3>
          {a.captions.map((c, i) => (
            <p key={i} className={styles.caption}>
              {c}
            </p>
          ))}
        </section>
      )}
      {a.metrics.length > 0 && (
        <section className={styles.section} aria-label={t.articleMetrics}>
          <h3>{t.articleMetrics}</h3>
          <ArticleMetricGroups metrics={a.metrics} lang={lang} />
          <p className={styles.note}>{t.approxNote}</p>
        </section>
      )}
      {a.mentions.length > 0 && (
        <section className={styles.section}>
          <h3>{t.placesMentioned}</h3>
          <p>{[...new Set(a.mentions.map((m) => m.name))].join("、")}</p>
        </section>
      )}
    </article>
  );
}
