/** What the readable county page (/county/[adcode]) and its share image need. */
import { countyBounds } from "../map/county-bounds";
import type { ArticleSummary, CountyInfo, MetricView } from "../view-models";
import type { Db } from "./client";
import { toArticleSummary, toMetricView, type ArticleRow } from "./mappers";

export type CountyPage = {
  county: CountyInfo;
  /** Newest first; undated stories last, in page order. */
  stories: ArticleSummary[];
  /** Every metric of those stories with the story it belongs to, for the per-kind summary. */
  metrics: (MetricView & { articleId: string })[];
};

/** The county with its stories, or null when the code is not a county in the gazetteer. */
export async function getCountyPage(db: Db, adcode: string): Promise<CountyPage | null> {
  const place = await db.place.findUnique({ where: { code: adcode } });
  if (!place || place.level !== "county") return null;
  const cityCode = place.cityCode ?? place.parentCode ?? "";
  const [city, rows] = await Promise.all([
    cityCode ? db.place.findUnique({ where: { code: cityCode }, select: { name: true } }) : null,
    db.article.findMany({
      where: { countyCode: adcode },
      include: { source: { select: { name: true, publishedOn: true } }, metrics: { orderBy: { position: "asc" } } },
      orderBy: [{ sourceId: "asc" }, { position: "asc" }],
    }),
  ]);

  const townshipCodes = [...new Set(rows.map((r) => r.townshipCode).filter((c): c is string => !!c))];
  const towns = townshipCodes.length
    ? await db.place.findMany({ where: { code: { in: townshipCodes } }, select: { code: true, name: true } })
    : [];
  const names = new Map<string, string>([[place.code, place.name], ...towns.map((t): [string, string] => [t.code, t.name])]);
  if (city) names.set(cityCode, city.name);

  const stories = rows
    .map((r) => toArticleSummary(r as ArticleRow, names))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.publishedOn ?? "").localeCompare(a.s.publishedOn ?? "") || a.i - b.i)
    .map(({ s }) => s);

  return {
    county: {
      adcode: place.code,
      name: place.name,
      cityCode,
      cityName: city?.name ?? "",
      population: place.population,
      seat: place.lon !== null && place.lat !== null ? [place.lon, place.lat] : null,
      bbox: countyBounds().get(place.code) ?? null,
    },
    stories,
    metrics: rows.flatMap((r) => r.metrics.map((m) => ({ ...toMetricView(m), articleId: r.id }))),
  };
}
