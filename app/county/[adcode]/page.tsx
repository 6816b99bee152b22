import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import KindSummaryTable from "@/components/share/KindSummaryTable";
import SharePageShell from "@/components/share/SharePageShell";
import StoryCard from "@/components/share/StoryCard";
import styles from "@/components/share/share-page.module.css";
import { getDb } from "@/lib/db/client";
import { getCountyPage } from "@/lib/db/county-page";
import { decodeCursor } from "@/lib/db/story-list";
import { countyPath, mapLinkForCounty, parseCountyParam } from "@/lib/share/links";
import { formatPopulation } from "@/lib/format";
import { SITE_LOCALE, SITE_NAME, siteUrl } from "@/lib/share/site";

// Stories arrive with every ingest: render from the database on each request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ adcode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Later pages of a county's stories: ?after=<cursor> (a malformed cursor shows the first page). */
const loadCounty = cache(async (raw: string, after: string | undefined) => {
  const adcode = parseCountyParam(raw);
  return adcode ? getCountyPage(getDb(), adcode, decodeCursor(after ?? null) ?? undefined) : null;
});

const afterParam = async (sp: Props["searchParams"]) => {
  const v = (await sp).after;
  return typeof v === "string" ? v : undefined;
};

/** "绍兴市新昌县，常住人口43.2万人（2020年），1篇报道。" */
function countySummary(name: string, cityName: string, population: number | null, stories: number): string {
  const pop = population ? `，常住人口${formatPopulation(population)}（2020年）` : "";
  return `${cityName}${name}${pop}，${stories > 0 ? `${stories}篇基层报道` : "暂无基层报道"}。`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const page = await loadCounty((await params).adcode, await afterParam(searchParams));
  if (!page) return { metadataBase: siteUrl(), title: `找不到这个区县｜${SITE_NAME}`, robots: { index: false } };
  const { county, stories } = page;
  const title = `${county.name}（${county.cityName}）｜${SITE_NAME}`;
  const heads = stories.items.slice(0, 3).map((s) => `《${s.title}》`).join("");
  const description = countySummary(county.name, county.cityName, county.population, stories.total) + heads;
  const url = countyPath(county.adcode);
  return {
    metadataBase: siteUrl(),
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: `${county.cityName}${county.name}`, description, url, siteName: SITE_NAME, locale: SITE_LOCALE },
    twitter: { card: "summary_large_image", title: `${county.cityName}${county.name}`, description },
  };
}

export default async function CountyPage({ params, searchParams }: Props) {
  const page = await loadCounty((await params).adcode, await afterParam(searchParams));
  if (!page) notFound();
  const { county, stories, summary } = page;

  return (
    <SharePageShell>
      <div className={styles.card}>
        <ol className={styles.crumbs} aria-label="位置">
          <li>浙江省</li>
          <li>{county.cityName}</li>
        </ol>
        <h1 className={styles.title}>{county.name}</h1>
        <dl className={styles.facts}>
          <div>
            <dt>所属</dt>
            <dd>{county.cityName}</dd>
          </div>
          <div>
            <dt>常住人口（2020年普查）</dt>
            <dd>{county.population ? formatPopulation(county.population) : "暂无数据"}</dd>
          </div>
          <div>
            <dt>报道</dt>
            <dd data-testid="story-count">{stories.total}篇</dd>
          </div>
        </dl>
        <div className={styles.actions}>
          <Link href={mapLinkForCounty(county.adcode)} className={styles.primary}>
            在地图上查看
          </Link>
        </div>

        <section className={styles.section} aria-labelledby="summary">
          <h2 id="summary" className={styles.sectionTitle}>
            数字汇总
          </h2>
          <KindSummaryTable rows={summary} />
        </section>

        <section className={styles.section} aria-labelledby="stories">
          <h2 id="stories" className={styles.sectionTitle}>
            基层报道（{stories.total}）
          </h2>
          {stories.items.length > 0 ? (
            <>
              <ul className={styles.stories}>
                {stories.items.map((s) => (
                  <StoryCard key={s.id} story={s} />
                ))}
              </ul>
              {stories.nextCursor && (
                <p className={styles.actions}>
                  <Link href={`${countyPath(county.adcode)}?after=${stories.nextCursor}`} rel="next" data-testid="more-stories">
                    更早的报道 →
                  </Link>
                </p>
              )}
            </>
          ) : (
            <p className={styles.empty}>暂时还没有{county.name}的报道。导入新的报纸版面后，这里会列出当地的故事。</p>
          )}
        </section>
      </div>
    </SharePageShell>
  );
}
