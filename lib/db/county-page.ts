/** What the readable county page (/county/[adcode]) and its share image need: a summary and a page of stories. */
import { countyBounds } from "../map/county-bounds";
import type { CountyInfo, KindSummaryView } from "../view-models";
import type { Db } from "./client";
import { getCountyMetricSummary } from "./county-metrics";
import { NO_FILTER } from "./story-filter";
import { listStories, type StoryPage } from "./story-list";

export const COUNTY_PAGE_STORIES = 30;

export type CountyPage = {
  county: CountyInfo;
  /** Newest first (undated last), one page; `stories.total` counts them all. */
  stories: StoryPage;
  /** The county's numbers by kind, totals computed over every story. */
  summary: KindSummaryView[];
};

/** The county with a page of its stories, or null when the code is not a county in the gazetteer. */
export async function getCountyPage(db: Db, adcode: string, after?: { date: string; id: string }): Promise<CountyPage | null> {
  const place = await db.place.findUnique({ where: { code: adcode } });
  if (!place || place.level !== "county") return null;
  const cityCode = place.cityCode ?? place.parentCode ?? "";
  const f = { ...NO_FILTER, county: adcode };
  const [city, stories, summary] = await Promise.all([
    cityCode ? db.place.findUnique({ where: { code: cityCode }, select: { name: true } }) : null,
    listStories(db, f, { after, limit: COUNTY_PAGE_STORIES }),
    getCountyMetricSummary(db, adcode, NO_FILTER, 0),
  ]);
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
    summary,
  };
}
