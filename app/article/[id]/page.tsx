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
import { THEME_BY_ID } from "@/lib/tags/themes";

// Read from the database on every request: a re-ingest must show at once, and an id unknown
// today may exist tomorrow (a cached 404 would hide it).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

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

export default async function ArticlePage({ params }: Props) {
  const page = await loadArticle((await params).id);
  if (!page) notFound();
  const { article, city, county, township } = page;
  const [sourceUrl, history] = await Promise.all([articleSourceUrl(getDb(), article.id), articleHistory(getDb(), article.id)]);
  const place = [county?.name ?? null, township?.name ?? null].filter(Boolean).join("");

  return (
    <SharePageShell>
      <article className={styles.card}>
        <ol className={styles.crumbs} aria-label="位置">
          <li>浙江省</li>
          {city && <li>{city.name}</li>}
          {county && (
            <li>
              <Link href={countyPath(county.code)}>{county.name}</Link>
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
            <dt>地点</dt>
            <dd>{place ? `${place}${city ? `（${city.name}）` : ""}` : (city?.name ?? "未定位到浙江具体区县")}</dd>
          </div>
          {article.authors.length > 0 && (
            <div>
              <dt>作者</dt>
              <dd>{article.authors.join("、")}</dd>
            </div>
          )}
          {article.source && (
            <div>
              <dt>来源</dt>
              <dd>{article.source}</dd>
            </div>
          )}
          {sourceUrl && (
            <div>
              <dt>原文</dt>
              <dd>
                <a href={sourceUrl} rel="noopener noreferrer nofollow" data-testid="source-link">
                  {new URL(sourceUrl).host}
                </a>
              </dd>
            </div>
          )}
          {article.publishedOn && (
            <div>
              <dt>日期</dt>
              <dd>
                <time dateTime={article.publishedOn}>{formatZhDate(article.publishedOn)}</time>
              </dd>
            </div>
          )}
        </dl>

        {article.tags.length > 0 && (
          <ul className={styles.tags} aria-label="主题">
            {article.tags.map((t) => (
              <li key={t} className={styles.tag}>
                {THEME_BY_ID.get(t)?.zh ?? t}
              </li>
            ))}
          </ul>
        )}

        <div className={styles.actions}>
          <Link href={mapLinkForArticle(article.id)} className={styles.primary}>
            在地图上查看
          </Link>
          {county && (
            <Link href={countyPath(county.code)} className={styles.secondary}>
              {county.name}的全部报道
            </Link>
          )}
        </div>

        <ArticleBody body={article.body} metrics={article.metrics} mentions={article.mentions} />
        <p className={styles.legend}>
          <span>
            <mark className={styles.metric}>黄色</mark> 为报道中的数字（悬停查看规范值）
          </span>
          <span>
            <span className={styles.place}>下划线</span> 为地名
          </span>
        </p>

        {article.captions.length > 0 && (
          <section className={styles.section} aria-labelledby="captions">
            <h2 id="captions" className={styles.sectionTitle}>
              图片说明
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
            报道中的数字（{article.metrics.length}）
          </h2>
          {article.metrics.length > 0 ? <MetricTable metrics={article.metrics} /> : <p className={styles.empty}>暂无数据</p>}
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
