import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { indicatorTotals } from "../db/indicator-totals";
import { NO_FILTER } from "../db/story-filter";
import { TEST_BACKENDS } from "../db/test-backends";
import { exportFile } from "../export/files";
import { readText } from "../export/stream";
import { datasetCatalogue, exampleIds } from "../export/catalogue";
import { ApiError, apiHandle, apiJson } from "./http";
import { FIXTURE_STORIES, loadApiTestData, SEED_STORIES } from "./test-data";
import { apiArticle, apiArticles, apiCounty, apiCountyList, apiMetrics, apiMonths, apiSearch } from "./v1";

const P = (s: string) => new URLSearchParams(s);
const csvRows = (text: string) => {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

async function status(fn: () => Promise<unknown>): Promise<number> {
  const res = await apiHandle(async () => apiJson(await fn()));
  return res.status;
}

describe.each(TEST_BACKENDS.filter((b) => !b.skip))("public API v1 on $name", ({ open }) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await loadApiTestData(db);
  }, 120_000);
  afterAll(() => cleanup?.());

  it("pages every article newest first by cursor, with stable fields", async () => {
    const seen: string[] = [];
    let cursor = "";
    let dates: (string | null)[] = [];
    for (;;) {
      const page = await apiArticles(db, P(`limit=4${cursor ? `&cursor=${cursor}` : ""}`));
      expect(page.total).toBe(SEED_STORIES + FIXTURE_STORIES);
      seen.push(...page.data.map((a) => a.id));
      dates = dates.concat(page.data.map((a) => a.date));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(SEED_STORIES + FIXTURE_STORIES);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null)).toBe(dated.length); // undated last
    const first = (await apiArticles(db, P("county=330102&limit=1"))).data[0]!;
    expect(Object.keys(first).sort()).toEqual(
      ["authors", "cityCode", "countyCode", "date", "id", "lat", "lon", "metricCount", "placeName", "source", "tags", "title", "townshipCode", "url"].sort(),
    );
    expect(first.url).toMatch(new RegExp(`/article/${first.id}$`));
  });

  it("refuses bad parameters with 400 and a message, unknown ids with 404", async () => {
    for (const q of ["city=9", "county=330100", "tag=nope", "from=2023-02-30", "limit=0", "limit=x", "cursor=abc", "q=%00"]) {
      expect(await status(() => apiArticles(db, P(q))), q).toBe(400);
    }
    expect(await status(() => apiArticle(db, "zzz"))).toBe(400);
    expect(await status(() => apiArticle(db, "0123456789ab"))).toBe(404);
    expect(await status(() => apiCounty(db, "339999", P("")))).toBe(404);
    expect(await status(() => apiCountyList(db, P("measure=share")))).toBe(400);
    expect(await status(() => apiCountyList(db, P("per=people")))).toBe(400);
    expect(await status(() => apiSearch(db, P("")))).toBe(400);
    expect(await status(() => apiMonths(db, P("counties=330102,abc")))).toBe(400);
    const res = await apiHandle(async () => {
      throw new ApiError(400, "city must be a city code");
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(await res.json()).toEqual({ error: { status: 400, message: "city must be a city code" } });
  });

  it("gives one article with its text, places and numbers", async () => {
    const id = (await apiArticles(db, P("county=330624&limit=20"))).data.find((a) => a.metricCount > 0)!.id;
    const { data } = await apiArticle(db, id);
    expect(data.body.length).toBeGreaterThan(20);
    expect(data.metrics.length).toBe(data.metricCount);
    for (const m of data.metrics) expect(data.body.slice(m.start, m.end)).toBe(m.text);
    expect(data.mentions.every((m) => data.body.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it("lists all counties with stories and the measure's totals, per capita on request", async () => {
    const all = await apiCountyList(db, P(""));
    expect(all.total).toBe(90);
    expect(all.data.find((c) => c.code === "330102")!.stories).toBe(3 + 4);
    const ent = await apiCountyList(db, P("measure=enterprises"));
    expect(ent.unit).toBe("家");
    const bin = ent.data.find((c) => c.code === "330108")!;
    // The map's own county total (same SQL rules), which includes the invented 5家左右.
    const mapTotal = (await indicatorTotals(db, NO_FILTER, "enterprises"))["330108"]!;
    expect(bin.value).toBe(mapTotal.value);
    expect(bin.value).toBeGreaterThanOrEqual(5);
    expect(bin.approx).toBe(true);
    const per = await apiCountyList(db, P("measure=enterprises&per=pop"));
    const perBin = per.data.find((c) => c.code === "330108")!;
    // Per-capita figures are rounded for display (lib/dashboard-view).
    expect(perBin.value).toBeCloseTo((mapTotal.value / perBin.population!) * 10_000, 2);
    const dated = await apiCountyList(db, P("from=2023-01-01&to=2023-01-31"));
    expect(dated.data.filter((c) => c.stories > 0).map((c) => [c.code, c.stories])).toEqual([
      ["330102", 1],
      ["330108", 1],
    ]);
  });

  it("describes one county, its undated stories said", async () => {
    const { data } = await apiCounty(db, "330102", P(""));
    expect(data).toMatchObject({ code: "330102", name: "上城区", stories: 7, undated: 4 });
    expect(data.links.feed).toMatch(/\/feeds\/county\/330102\.xml$/);
    expect(data.kinds.find((k) => k.kind === "enterprises")).toMatchObject({ total: 20, count: 3 });
  });

  it("pages every number with its sentence; the metrics CSV holds the same rows", async () => {
    const ids: number[] = [];
    let cursor = "";
    let total = 0;
    for (;;) {
      const page = await apiMetrics(db, P(`limit=7${cursor ? `&cursor=${cursor}` : ""}`));
      total = page.total;
      for (const m of page.data) {
        expect(m.sentence).toContain(m.text);
        ids.push(m.id);
      }
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
    const rows = csvRows(await readText((await exportFile(db, "metrics.csv", P(""))).body));
    expect(rows.length).toBe(total);
    expect(rows.map((r) => Number(r.id))).toEqual(ids);
    const people = await apiMetrics(db, P("kind=people"));
    expect(people.data.every((m) => m.kind === "people")).toBe(true);
    expect(csvRows(await readText((await exportFile(db, "metrics.csv", P("kind=people"))).body)).length).toBe(people.total);
  });

  it("streams the articles CSV and the stories GeoJSON with the API's counts", async () => {
    const total = (await apiArticles(db, P(""))).total;
    const rows = csvRows(await readText((await exportFile(db, "articles.csv", P(""))).body));
    expect(rows.length).toBe(total);
    expect(rows.filter((r) => r.date === "").length).toBe(SEED_STORIES + 2);
    expect(rows[0]!.body!.length).toBeGreaterThan(0);
    const county = csvRows(await readText((await exportFile(db, "articles.csv", P("county=330102&from=2023-01-01"))).body));
    expect(county.map((r) => r.title)).toEqual(["四月", "三月", "一月甲"]);
    const geo = JSON.parse(await readText((await exportFile(db, "stories.geojson", P(""))).body));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features.length).toBe(SEED_STORIES); // the invented stories have no coordinates
    for (const f of geo.features) {
      expect(f.geometry.type).toBe("Point");
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(f.properties.id).toBe(f.id);
    }
    await expect(exportFile(db, "secrets.txt", P(""))).rejects.toThrow(ApiError);
    await expect(exportFile(db, "metrics.csv", P("kind=nope"))).rejects.toThrow(ApiError);
  });

  it("gives monthly series for the province and counties, and as CSV with undated rows", async () => {
    const prov = (await apiMonths(db, P(""))).data;
    expect(prov.months).toEqual(["2023-01", "2023-02", "2023-03", "2023-04"]);
    expect(prov.undated).toBe(SEED_STORIES + 2);
    const two = (await apiMonths(db, P("counties=330102,330108&measure=enterprises&per=pop"))).data;
    expect(two.series.map((s) => s.countyCode)).toEqual(["330102", "330108"]);
    expect(two.perCapita).toBe(true);
    expect(two.series[0]!.values[0]).toBeGreaterThan(0);
    expect(two.series[0]!.values[0]).toBeLessThan(10);
    const csv = csvRows(await readText((await exportFile(db, "months.csv", P("county=330102"))).body));
    expect(csv.map((r) => `${r.month}:${r.stories}`)).toEqual(["2023-01:1", "2023-02:0", "2023-03:1", "2023-04:1", "undated:4"]);
    const counties = csvRows(await readText((await exportFile(db, "counties.csv", P("counties=330102,330108"))).body));
    expect(counties.map((r) => r.code)).toEqual(["330102", "330108"]);
  });

  it("counts the rows of each whole-dataset file as the 数据 page says", async () => {
    const catalogue = await datasetCatalogue(db);
    for (const entry of catalogue) {
      const text = await readText((await exportFile(db, entry.file, P(""))).body);
      const rows = entry.file.endsWith(".geojson") ? JSON.parse(text).features.length : csvRows(text).length;
      expect(rows, entry.file).toBe(entry.rows);
      expect(entry.licence, entry.file).toBeTruthy();
    }
    const ids = await exampleIds(db);
    expect((await apiArticle(db, ids.article!)).data.countyCode).toBe(ids.county);
  });

  it("searches with snippets", async () => {
    const res = await apiSearch(db, P("q=亚运"));
    expect(res.total).toBeGreaterThanOrEqual(3);
    expect(res.data[0]!.snippet.length).toBeGreaterThan(0);
  });
});
