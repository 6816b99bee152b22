// The seed page against its hand-made gold labels (lib/ingest/fixtures/seed-gold.json).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer";
import { geocodeArticle } from "./geocode";
import { loadSeedArticles } from "./seed-articles";

type GoldArticle = {
  title: string;
  place: { city: { adcode: string }; county: { adcode: string } | null; township: { code: string } | null } | null;
  mentions_in_zhejiang: string[];
};

const gold = (JSON.parse(fs.readFileSync("lib/ingest/fixtures/seed-gold.json", "utf8")) as { articles: GoldArticle[] }).articles;
const gaz = loadGazetteer();
const articles = loadSeedArticles();
const results = articles.map((a) => geocodeArticle(a, gaz));

describe("seed page", () => {
  it("reconstructs the 11 gold articles", () => {
    expect(articles.map((a) => a.title)).toEqual(gold.map((g) => g.title));
  });

  it.each(gold.map((g, i) => [i + 1, g] as const))("article %i: primary place equals the gold", (n, g) => {
    const p = results[n - 1]?.place;
    expect([p?.city?.adcode, p?.county?.adcode ?? null, p?.township?.code ?? null]).toEqual([
      g.place?.city.adcode,
      g.place?.county?.adcode ?? null,
      g.place?.township?.code ?? null,
    ]);
    expect(p?.level).toBe(g.place?.township ? "township" : g.place?.county ? "county" : "city");
  });

  // The gold lists the county of every township mention, even where the text names only the township
  // (article 7: 章安收费站 -> 章安街道 331002008 and 椒江区 331002). Our mentions are spans, so a
  // township mention carries its county implicitly; compare with that county added.
  it.each(gold.map((g, i) => [i + 1, g] as const))("article %i: mention codes equal mentions_in_zhejiang", (n, g) => {
    const mentions = results[n - 1]?.mentions ?? [];
    const own = new Set(mentions.map((m) => m.code));
    const withCounties = new Set(own);
    for (const m of mentions) if (m.level === "township") withCounties.add(gaz.byCode.get(m.code)?.countyCode ?? "");
    expect([...withCounties].sort()).toEqual([...g.mentions_in_zhejiang].sort());
    for (const c of own) expect(g.mentions_in_zhejiang).toContain(c);
  });

  it("scores 11/11 places and 6/6 townships", () => {
    const ok = results.filter((r, i) => r.place?.county?.adcode === gold[i]?.place?.county?.adcode && r.place?.city?.adcode === gold[i]?.place?.city.adcode);
    const towns = results.filter((r, i) => gold[i]?.place?.township && r.place?.township?.code === gold[i]?.place?.township?.code);
    expect(ok.length).toBe(11);
    expect(towns.length).toBe(6);
  });
});
