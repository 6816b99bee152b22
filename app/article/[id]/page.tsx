import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import ArticleBody from "@/components/share/ArticleBody";
import MetricTable from "@/components/share/MetricTable";
import SharePageShell from "@/components/share/SharePageShell";
import styles from "@/components/share/share-page.module.css";
import { articleSourceUrl } from "@/lib/crawl/article-link";
import { getArticlePage } from "@/lib/db/article-page";
import { articleHistory } from "@/lib/desk/history";
import { getDb } from "@/lib/db/client";
import { articlePath, countyPath, mapLinkForArticle, parseArticleParam } from "@/lib/share/links";
import { SITE_LOCALE, SITE_NAME, siteUrl } from "@/lib/share/site";
import { formatZhDate } from "@/lib/share/zh-date";
import { pageLang, pageStrings, withLang } from "@/lib/share/page-strings";
import { placeName } from "@/lib/place-names";
import { THEME_BY_ID } from "@/lib/tags/themes";

// Read from the database on every request: a re-ingest must show at once, and an id unknown
// today may exist tomorrow (a cached 404 would hide it).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// generateMetadata and the page ask for the same article: one query per request.
const loadArticle = cache(async (raw: string) => {
  const id = parseArticleParam(raw);
  return id ? getArticlePage(getDb(), id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadArticle((await params).id);
  // metadataBase here too: the segment's share-image files are resolved even for a 404
  if (!page) return { metadataBase: siteUrl(), title: `找不到这篇报道｜${SITE_NAME}`, robots: { index: false } };
  const { article } = page;
  const title = `${article.title}｜${SITE_NAME}`;
  const description = [article.placeName, article.lead].filter(Boolean).join("：") + "…";
  const url = articlePath(article.id);
  // og:image and twitter:image come from opengraph-image.tsx / twitter-image.tsx beside this file.
  return {
    metadataBase: siteUrl(),
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url,
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      authors: article.authors,
      publishedTime: article.publishedOn ?? undefined,
      tags: article.tags.map((t) => THEME_BY_ID.get(t)?.zh ?? t),
    },
    twitter: { card: "summary_large_image", title: article.title, description },
  };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const page = await loadArticle((await params).id);
  if (!page) notFound();
  const { article, township } = page;
  const lang = pageLang(await searchParams);
  const s = pageStrings(lang);
  // City and county in the interface language; townships have no English names and stay Chinese.
  const city = page.city && { ...page.city, name: placeName(page.city.code, page.city.name, lang) };
  const county = page.county && { ...page.county, name: placeName(page.county.code, page.county.name, lang) };
  const [sourceUrl, history] = await Promise.all([articleSourceUrl(getDb(), article.id), articleHistory(getDb(), article.id)]);
  const place = lang === "zh" ? [county?.name ?? null, township?.name ?? null].filter(Boolean).join("") : [county?.name ?? null, township?.name ?? null].filter(Boolean).join(", ");
  const inCity = city ? (lang === "zh" ? `（${city.name}）` : ` (${city.name})`) : "";

  return (
    <SharePageShell lang={lang}>
      <article className={styles.card}>
        <ol className={styles.crumbs} aria-label={s.crumbsLabel}>
          <li>{s.province}</li>
          {city && <li>{city.name}</li>}
          {county && (
            <li>
              <Link href={withLang(countyPath(county.code), lang)}>{county.name}</Link>
            </li>
          )}
          {township && <li>{township.name}</li>}
        </ol>

        <h1 className={styles.title}>
          {article.title}
          {article.corrected && (
            <span className={styles.corrected} data-testid="corrected-badge">
              已人工校对
            </span>
          )}
        </h1>

        <dl className={styles.facts}>
          <div>
            <dt>{s.place}</dt>
            <dd>{place ? `${place}${inCity}` : (city?.name ?? s.notPlaced)}</dd>
          </div>
          {article.authors.length > 0 && (
            <div>
              <dt>{s.authors}</dt>
              <dd>{article.authors.join(lang === "zh" ? "、" : ", ")}</dd>
            </div>
          )}
          {article.source && (
            <div>
              <dt>{s.source}</dt>
              <dd>{article.source}</dd>
            </div>
          )}
          {sourceUrl && (
            <div>
              <dt>{s.original}</dt>
              <dd>
                <a href={sourceUrl} rel="noopener noreferrer nofollow" data-testid="source-link">
                  {new URL(sourceUrl).host}
                </a>
              </dd>
            </div>
          )}
          {article.publishedOn && (
            <div>
              <dt>{s.date}</dt>
              <dd>
                <time dateTime={article.publishedOn}>{lang === "zh" ? formatZhDate(article.publishedOn) : article.publishedOn}</time>
              </dd>
            </div>
          )}
        </dl>

        {article.tags.length > 0 && (
          <ul className={styles.tags} aria-label={s.themes}>
            {article.tags.map((t) => (
              <li key={t} className={styles.tag}>
                {(lang === "zh" ? THEME_BY_ID.get(t)?.zh : THEME_BY_ID.get(t)?.en) ?? t}
              </li>
            ))}
          </ul>
        )}

        <div className={styles.actions}>
          <Link href={withLang(mapLinkForArticle(article.id), lang)} className={styles.primary}>
            {s.viewOnMap}
          </Link>
          {county && (
            <Link href={withLang(countyPath(county.code), lang)} className={styles.secondary}>
              {s.allStoriesOf(county.name)}
            </Link>
          )}
        </div>

        <ArticleBody body={article.body} metrics={article.metrics} mentions={article.mentions} />
        <p className={styles.legend}>
          <span>
            <mark className={styles.metric}>{s.legendNumbersMark}</mark> {s.legendNumbers}
          </span>
          <span>
            <span className={styles.place}>{s.legendPlacesMark}</span> {s.legendPlaces}
          </span>
        </p>

        {article.captions.length > 0 && (
          <section className={styles.section} aria-labelledby="captions">
            <h2 id="captions" className={styles.sectionTitle}>
              {s.captions}
            </h2>
            <ul className={styles.captions}>
              {article.captions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </section>
        )}

        <section className={styles.section} aria-labelledby="metrics">
          <h2 id="metrics" className={styles.sectionTitle}>
            {s.numbersHeading(article.metrics.length)}
          </h2>
          {article.metrics.length > 0 ? <MetricTable metrics={article.metrics} lang={lang} /> : <p className={styles.empty}>{s.noData}</p>}
        </section>

        {history.length > 0 && (
          <section className={styles.section} aria-labelledby="history">
            <h2 id="history" className={styles.sectionTitle}>
              校对记录
            </h2>
            <ol className={styles.history} data-testid="history">
              {history.map((c) => (
                <li key={c.id} className={c.undoneAt ? styles.undone : undefined}>
                  <time dateTime={c.createdAt}>{formatZhDate(c.createdAt.slice(0, 10))}</time> {c.kindLabel}：{c.description}
                  {c.undoneAt && "（已撤销）"}
                </li>
              ))}
            </ol>
          </section>
        )}
      </article>
    </SharePageShell>
  );
}
