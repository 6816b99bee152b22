import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import KindSummaryTable from "@/components/share/KindSummaryTable";
import SharePageShell from "@/components/share/SharePageShell";
import StoryCard from "@/components/share/StoryCard";
import styles from "@/components/share/share-page.module.css";
import { getDb } from "@/lib/db/client";
import { ATOM_TYPE, countyFeedPath } from "@/lib/feeds/paths";
import { getCountyPage } from "@/lib/db/county-page";
import { decodeCursor } from "@/lib/db/story-list";
import { countyPath, mapLinkForCounty, parseCountyParam } from "@/lib/share/links";
import { formatPopulation } from "@/lib/format";
import { pageLang, pageStrings, withLang } from "@/lib/share/page-strings";
import { placeName } from "@/lib/place-names";
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
    // Feed readers find the county's Atom feed from the page itself.
    alternates: { canonical: url, types: { [ATOM_TYPE]: [{ url: countyFeedPath(county.adcode), title: `${county.name} · ${SITE_NAME}` }] } },
    openGraph: { type: "website", title: `${county.cityName}${county.name}`, description, url, siteName: SITE_NAME, locale: SITE_LOCALE },
    twitter: { card: "summary_large_image", title: `${county.cityName}${county.name}`, description },
  };
}

export default async function CountyPage({ params, searchParams }: Props) {
  const page = await loadCounty((await params).adcode, await afterParam(searchParams));
  if (!page) notFound();
  const { county: zhCounty, stories, summary } = page;
  const lang = pageLang(await searchParams);
  const s = pageStrings(lang);
  // Names in the interface language (lib/place-names); the page's facts stay as the data has them.
  const county = { ...zhCounty, name: placeName(zhCounty.adcode, zhCounty.name, lang), cityName: placeName(zhCounty.adcode.slice(0, 4) + "00", zhCounty.cityName, lang) };

  return (
    <SharePageShell lang={lang}>
      <div className={styles.card}>
        <ol className={styles.crumbs} aria-label={s.crumbsLabel}>
          <li>{s.province}</li>
          <li>{county.cityName}</li>
        </ol>
        <h1 className={styles.title}>{county.name}</h1>
        <dl className={styles.facts}>
          <div>
            <dt>{s.partOf}</dt>
            <dd>{county.cityName}</dd>
          </div>
          <div>
            <dt>{s.population}</dt>
            <dd>{county.population ? formatPopulation(county.population, lang) : s.noData}</dd>
          </div>
          <div>
            <dt>{s.stories}</dt>
            <dd data-testid="story-count">{s.storyCount(stories.total)}</dd>
          </div>
        </dl>
        <div className={styles.actions}>
          <Link href={withLang(mapLinkForCounty(county.adcode), lang)} className={styles.primary}>
            {s.viewOnMap}
          </Link>
          <a href={countyFeedPath(county.adcode)} type={ATOM_TYPE} data-testid="county-feed">
            订阅（Atom）
          </a>
        </div>

        <section className={styles.section} aria-labelledby="summary">
          <h2 id="summary" className={styles.sectionTitle}>
            {s.numbersSummary}
          </h2>
          <KindSummaryTable rows={summary} lang={lang} />
        </section>

        <section className={styles.section} aria-labelledby="stories">
          <h2 id="stories" className={styles.sectionTitle}>
            {s.storiesHeading(stories.total)}
          </h2>
          {stories.items.length > 0 ? (
            <>
              <ul className={styles.stories}>
                {stories.items.map((story) => (
                  <StoryCard key={story.id} story={story} lang={lang} />
                ))}
              </ul>
              {stories.nextCursor && (
                <p className={styles.actions}>
                  <Link href={withLang(`${countyPath(county.adcode)}?after=${stories.nextCursor}`, lang)} rel="next" data-testid="more-stories">
                    {s.earlier}
                  </Link>
                </p>
              )}
            </>
          ) : (
            <p className={styles.empty}>{s.noStoriesYet(county.name)}</p>
          )}
        </section>
      </div>
    </SharePageShell>
  );
}
