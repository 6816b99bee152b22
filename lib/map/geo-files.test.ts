import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../geo/gazetteer";
import { GEO_LAYERS } from "./geo-layers";

type FC = { type: string; features: { properties: Record<string, unknown>; geometry: { type: string } }[] };
const read = (f: string): FC => JSON.parse(fs.readFileSync(path.join(process.cwd(), "data/geo", f), "utf8"));

describe("data/geo files the map draws", () => {
  it("has every layer the map asks for", () => {
    for (const f of Object.values(GEO_LAYERS)) expect(fs.existsSync(path.join("data/geo", f)), f).toBe(true);
  });

  it("has one polygon per county, keyed by the gazetteer's 90 county codes", () => {
    const counties = read(GEO_LAYERS.counties);
    const codes = counties.features.map((f) => String(f.properties.adcode));
    const gazCodes = loadGazetteer().places.filter((p) => p.level === "county").map((p) => p.code);
    expect(new Set(codes).size).toBe(90);
    expect([...codes].sort()).toEqual([...gazCodes].sort());
    expect(counties.features.every((f) => /Polygon$/.test(f.geometry.type))).toBe(true);
  });

  it("has the 11 cities", () => {
    expect(read(GEO_LAYERS.cities).features).toHaveLength(11);
  });
});
