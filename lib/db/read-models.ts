/** Read-side queries for pages and route handlers. Each returns view models, never Prisma rows. */
import { countyBounds } from "../map/county-bounds";
import { termSpans } from "../highlight";
import { searchTerms } from "../search-terms";
import type { ArticleDetail, CityInfo, CountyInfo, DashboardData, SearchHit, TracedMetric } from "../view-models";
import type { Db } from "./client";
import { parseJsonArray, sentenceAround, toArticleSummary, toMetricView, type ArticleRow } from "./mappers";

const articleInclude = {
  source: { select: { name: true, publishedOn: true } },
  metrics: { orderBy: { position: "asc" as const } },
};

/** Names of just the given places (an article's city, county and township), not the whole gazetteer. */
async function placeNames(db: Db, codes: (string | null)[]): Promise<Map<string, string>> {
  const wanted = codes.filter((c): c is string => !!c);
  if (wanted.length === 0) return new Map();
  const rows = await db.place.findMany({ where: { code: { in: wanted } }, select: { code: true, name: true } });
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function getDashboardData(db: Db): Promise<DashboardData> {
  const [places, rows, sources] = await Promise.all([
    db.place.findMany({ where: { level: { in: ["city", "county"] } }, orderBy: { code: "asc" } }),
    db.article.findMany({ include: articleInclude, orderBy: [{ sourceId: "asc" }, { position: "asc" }] }),
    db.source.findMany({ include: { _count: { select: { articles: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const names = new Map(places.map((p) => [p.code, p.name]));
  const bounds = countyBounds();
  const townshipCodes = [...new Set(rows.map((r) => r.townshipCode).filter((c): c is string => !!c))];
  if (townshipCodes.length) {
    const towns = await db.place.findMany({ where: { code: { in: townshipCodes } }, select: { code: true, name: true } });
    towns.forEach((t) => names.set(t.code, t.name));
  }
  const cities: CityInfo[] = places
    .filter((p) => p.level === "city")
    .map((p) => ({ adcode: p.code, name: p.name, seat: p.lon !== null && p.lat !== null ? [p.lon, p.lat] : null }));
  const counties: CountyInfo[] = places
    .filter((p) => p.level === "county")
    .map((p) => ({
      adcode: p.code,
      name: p.name,
      cityCode: p.cityCode ?? p.parentCode ?? "",
      cityName: names.get(p.cityCode ?? p.parentCode ?? "") ?? "",
      population: p.population,
      seat: p.lon !== null && p.lat !== null ? [p.lon, p.lat] : null,
      bbox: bounds.get(p.code) ?? null,
    }));
  return {
    counties,
    cities,
    articles: rows.map((r) => toArticleSummary(r as ArticleRow, names)),
    sources: sources.map((s) => ({ id: s.id, name: s.name, publishedOn: s.publishedOn, articleCount: s._count.articles })),
  };
}

export async function getArticleDetail(db: Db, id: string): Promise<ArticleDetail | null> {
  const row = await db.article.findUnique({
    where: { id },
    include: { ...articleInclude, mentions: { include: { place: { select: { name: true } } }, orderBy: { start: "asc" } } },
  });
  if (!row) return null;
  const names = await placeNames(db, [row.cityCode, row.countyCode, row.townshipCode]);
  return {
    ...toArticleSummary(row as ArticleRow, names),
    body: row.body,
    captions: parseJsonArray(row.captions),
    mentions: row.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, code: m.placeCode, level: m.level, name: m.place.name })),
    metrics: row.metrics.map(toMetricView),
  };
}

/** Every metric of a county's stories with the sentence it came from, for traceable county charts. */
export async function getCountyMetrics(db: Db, adcode: string): Promise<TracedMetric[]> {
  const rows = await db.article.findMany({
    where: { countyCode: adcode },
    select: { id: true, title: true, body: true, metrics: { orderBy: { position: "asc" } } },
    orderBy: [{ sourceId: "asc" }, { position: "asc" }],
  });
  return rows.flatMap((a) =>
    a.metrics.map((m) => ({
      ...toMetricView(m),
      articleId: a.id,
      articleTitle: a.title,
      sentence: sentenceAround(a.body, m.start, m.end).text,
    })),
  );
}

const SNIPPET_RADIUS = 40;

/**
 * Substring search over titles and bodies: works for two-character Chinese queries, which word
 * tokenizers and trigram indexes miss. Every term must occur (AND).
 */
export async function searchArticles(db: Db, q: string, limit = 200): Promise<SearchHit[]> {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  const rows = await db.article.findMany({
    where: { AND: terms.map((t) => ({ OR: [{ title: { contains: t } }, { body: { contains: t } }] })) },
    select: { id: true, title: true, body: true },
    take: limit * 2,
  });
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const hay = `${r.title}\n${r.body}`.toLowerCase();
    if (!terms.every((t) => hay.includes(t.toLowerCase()))) continue;
    const inBody = termSpans(r.body, terms);
    const first = inBody[0]?.start ?? 0;
    const from = Math.max(0, first - SNIPPET_RADIUS);
    const to = Math.min(r.body.length, first + SNIPPET_RADIUS * 2);
    const snippet = (from > 0 ? "…" : "") + r.body.slice(from, to).replace(/\n+/g, " ") + (to < r.body.length ? "…" : "");
    hits.push({ id: r.id, title: r.title, snippet, highlights: termSpans(snippet, terms).map((h): [number, number] => [h.start, h.end]) });
    if (hits.length >= limit) break;
  }
  return hits;
}
