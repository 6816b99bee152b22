// The Zhejiang gazetteer: 11 cities, 90 counties and 1,387 townships from data/geo, with the short
// names, former names and suffix variants people write, and the lexicon the geocoder scans with.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { COMMON_WORDS, GENERIC_TOWN_STEMS, NON_PLACE_PHRASES, OVERRIDE_WORDS, WORDLIKE_COUNTY_SHORTS } from "./data/common-words";
import { FOREIGN_PLACES, FOREIGN_PROVINCES } from "./data/foreign-places";
import { COUNTY_ALIASES, FORMER_PARENTS, TOWN_ALIASES } from "./data/historic-names";
import { cityShort, countyShort, townStem, townSuffixVariants } from "./names";
import { Trie } from "./trie";

export type PlaceLevel = "city" | "county" | "township";

export type GazetteerPlace = {
  code: string;
  level: PlaceLevel;
  name: string;
  type: string;
  parentCode: string | null;
  cityCode: string;
  countyCode: string | null;
  lon: number | null;
  lat: number | null;
  aliases: string[];
};

/**
 * How strong a name is on its own: "full" official names and "alias" (former names, zones) need no
 * context; "variant" is a township written with another type suffix; "short" (滨江, 台州) and "stem"
 * (章安) need supporting context; "chainOnly" names (开发区) count only right after their county.
 */
export type NameStrength = "full" | "alias" | "variant" | "short" | "stem" | "chainOnly";

export type PlaceEntry = {
  kind: "place";
  level: PlaceLevel;
  strength: NameStrength;
  codes: string[];
  /** a short name that is also an ordinary word or personal name (天台, 江山, 永康) */
  wordlike: boolean;
  /** a township name found in many Chinese cities (城南街道), or whose stem is an ordinary word */
  generic: boolean;
};

/** block: an ordinary word; override: a word that even splits full names (市场); foreign: outside Zhejiang. */
export type LexEntry = PlaceEntry | { kind: "block" } | { kind: "override" } | { kind: "foreign" };

export type Gazetteer = {
  places: GazetteerPlace[];
  byCode: Map<string, GazetteerPlace>;
  /** every name, alias, stem, blocking word and foreign name, for scanning text */
  lexicon: Trie<LexEntry>;
  /** short name of each city and county, by code */
  shortName: Map<string, string>;
  /** townships of each county */
  townsByCounty: Map<string, GazetteerPlace[]>;
  /** former county names -> counties that now hold part of their area (余杭区 -> 临平区) */
  formerParents: Map<string, string[]>;
};

export const GEO_FILES = {
  townships: "data/geo/zhejiang-townships.csv",
  /** township-level units of the 2015–2022 code editions gone since, with today's successor */
  formerTownships: "data/geo/former-townships.csv",
  countySeats: "data/geo/zhejiang-county-seats.geojson",
  citySeats: "data/geo/zhejiang-prefecture-seats.geojson",
} as const;

type PointFeature = { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } };

function readPoints(file: string): PointFeature[] {
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { features?: PointFeature[] };
  if (!Array.isArray(json.features)) throw new Error(`${file}: not a FeatureCollection`);
  return json.features;
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== "string" || v.length === 0) throw new Error(`gazetteer: missing ${what}`);
  return v;
};

const num = (v: string | undefined): number | null => {
  if (v === undefined || v.trim() === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

function buildPlaces(root: string): GazetteerPlace[] {
  const places: GazetteerPlace[] = [];
  for (const f of readPoints(path.join(root, GEO_FILES.citySeats))) {
    const code = str(f.properties.adcode, "city adcode");
    const name = str(f.properties.name, "city name");
    const [lon, lat] = f.geometry.coordinates;
    places.push({ code, level: "city", name, type: "地级市", parentCode: null, cityCode: code, countyCode: null, lon, lat, aliases: [] });
  }
  for (const f of readPoints(path.join(root, GEO_FILES.countySeats))) {
    const code = str(f.properties.adcode, "county adcode");
    const [lon, lat] = f.geometry.coordinates;
    places.push({
      code,
      level: "county",
      name: str(f.properties.name, "county name"),
      type: str(f.properties.type, "county type"),
      parentCode: str(f.properties.city_adcode, "county city_adcode"),
      cityCode: str(f.properties.city_adcode, "county city_adcode"),
      countyCode: code,
      lon,
      lat,
      aliases: [],
    });
  }
  const csvFile = path.join(root, GEO_FILES.townships);
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(csvFile, "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${GEO_FILES.townships}: ${parsed.errors[0]?.message}`);
  for (const r of parsed.data) {
    const code = str(r.code, "township code");
    places.push({
      code,
      level: "township",
      name: str(r.name, `name of ${code}`),
      type: str(r.type, `type of ${code}`),
      parentCode: str(r.county_adcode, `county of ${code}`),
      cityCode: str(r.city_adcode, `city of ${code}`),
      countyCode: str(r.county_adcode, `county of ${code}`),
      lon: num(r.lon),
      lat: num(r.lat),
      aliases: [],
    });
  }
  return places;
}

type FormerTownship = { name: string; formerCounty: string; successor: string };

/** data/geo/former-townships.csv (see data/geo/PROVENANCE.md): former name, former county, successor code. */
function readFormerTownships(root: string): FormerTownship[] {
  const file = path.join(root, GEO_FILES.formerTownships);
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${GEO_FILES.formerTownships}: ${parsed.errors[0]?.message}`);
  return parsed.data.map((r) => ({
    name: str(r.former_name, "former_name"),
    formerCounty: str(r.former_county_name, "former_county_name"),
    successor: str(r.successor_code, "successor_code"),
  }));
}

/** Township-level units of type 其他 whose names are generic (开发区, 滨海新区) count only after their county. */
function isChainOnly(p: GazetteerPlace, shorts: readonly string[]): boolean {
  if (p.type !== "其他") return false;
  if (/(农场|林场|保护区)$/.test(p.name) && p.name.length >= 4) return false;
  return !shorts.some((s) => p.name.startsWith(s));
}

function buildGazetteer(root: string): Gazetteer {
  const places = buildPlaces(root);
  const byCode = new Map(places.map((p) => [p.code, p]));
  const counties = places.filter((p) => p.level === "county");
  const cities = places.filter((p) => p.level === "city");
  const towns = places.filter((p) => p.level === "township");
  const countyByName = new Map(counties.map((c) => [c.name, c]));
  const shortName = new Map<string, string>();
  for (const c of cities) shortName.set(c.code, cityShort(c.name));
  for (const c of counties) shortName.set(c.code, countyShort(c.name));
  const allShorts = [...shortName.values()];

  const common = new Set(COMMON_WORDS);
  // A township is generic (needs its county or city in the article) when its stem is an ordinary
  // word, a name found in many cities, a place elsewhere (湖南镇), or a county name (常山县新昌乡).
  const generic = new Set([...GENERIC_TOWN_STEMS, ...COMMON_WORDS, ...FOREIGN_PLACES, ...allShorts]);
  const wordlike = new Set(WORDLIKE_COUNTY_SHORTS);
  const foreign = new Set(FOREIGN_PLACES);
  const placeSurfaces = new Set<string>([...places.map((p) => p.name), ...allShorts]);

  // Entries are merged per (surface, level, strength) so one span carries all its candidate codes.
  const merged = new Map<string, PlaceEntry>();
  const addPlace = (surface: string, level: PlaceLevel, strength: NameStrength, code: string, flags: Partial<PlaceEntry> = {}) => {
    const key = `${surface}\u0000${level}\u0000${strength}`;
    const e = merged.get(key);
    if (e) {
      if (!e.codes.includes(code)) e.codes.push(code);
      e.generic ||= flags.generic ?? false;
      return;
    }
    merged.set(key, { kind: "place", level, strength, codes: [code], wordlike: flags.wordlike ?? false, generic: flags.generic ?? false });
  };
  const surfaceOf = (key: string) => key.slice(0, key.indexOf("\u0000"));

  for (const c of cities) {
    const short = cityShort(c.name);
    addPlace(c.name, "city", "full", c.code);
    addPlace(short, "city", "short", c.code);
    c.aliases.push(short);
  }
  for (const c of counties) {
    const short = countyShort(c.name);
    addPlace(c.name, "county", "full", c.code);
    addPlace(short, "county", "short", c.code, { wordlike: wordlike.has(short) });
    c.aliases.push(short);
    // County-level cities were counties before (玉环县 -> 玉环市 in 2017, 义乌县 ...).
    const older = c.type === "市" ? [`${short}县`] : c.type === "自治县" ? [`${short}县`] : [];
    for (const a of older) {
      if (placeSurfaces.has(a)) continue;
      addPlace(a, "county", "alias", c.code);
      c.aliases.push(a);
    }
  }
  for (const [alias, current] of COUNTY_ALIASES) {
    const c = countyByName.get(current);
    if (!c) throw new Error(`historic-names: unknown county ${current}`);
    addPlace(alias, "county", "alias", c.code);
    if (!c.aliases.includes(alias)) c.aliases.push(alias);
  }

  const townNames = new Set(towns.map((t) => t.name));
  for (const t of towns) {
    const stem = townStem(t.name);
    const isGeneric = generic.has(stem);
    if (isChainOnly(t, allShorts)) {
      addPlace(t.name, "township", "chainOnly", t.code);
      continue;
    }
    addPlace(t.name, "township", "full", t.code, { generic: isGeneric });
    if (stem === t.name || stem.length < 2) continue;
    // 乌镇镇 is written 乌镇: a stem that itself ends in 镇 reads like a full name.
    const usableStem = !common.has(stem) && !foreign.has(stem) && !allShorts.includes(stem) && !townNames.has(stem);
    if (usableStem) {
      addPlace(stem, "township", stem.endsWith("镇") && !isGeneric ? "alias" : "stem", t.code, { generic: isGeneric });
      t.aliases.push(stem);
    }
    // the other suffixes even for a stem that is an ordinary word (七星镇 for 七星街道): suffixed, it
    // is a place name, and a variant still needs its county or city in the article
    {
      for (const v of townSuffixVariants(t.name)) {
        if (townNames.has(v) || placeSurfaces.has(v)) continue;
        addPlace(v, "township", "variant", t.code, { generic: isGeneric });
        t.aliases.push(v);
      }
    }
  }

  for (const [alias, name, county] of TOWN_ALIASES) {
    const t = towns.find((x) => x.name === name && x.parentCode === countyByName.get(county)?.code);
    if (!t) throw new Error(`historic-names: unknown township ${county}${name}`);
    addPlace(alias, "township", "alias", t.code);
    t.aliases.push(alias);
  }

  // Former township names (七星镇 before it became 七星街道, 阮市镇 merged into 店口镇, 龙港镇 now 龙港市),
  // from earlier editions of the national codes: read as today's successor. A former name that is
  // also a name in use elsewhere joins that name's candidates, so the article decides.
  const former = readFormerTownships(root);
  for (const f of former) {
    const successor = byCode.get(f.successor);
    if (!successor) throw new Error(`former-townships: unknown successor ${f.successor}`);
    if (successor.name === f.name) continue; // moved to another county only: the former parent says so
    const stem = townStem(f.name);
    const flags = { generic: generic.has(stem) };
    if (successor.level === "county") {
      addPlace(f.name, "county", "alias", successor.code);
      continue;
    }
    const current = merged.get(`${f.name}\u0000township\u0000full`);
    if (current) {
      if (!current.codes.includes(successor.code)) current.codes.push(successor.code);
      continue;
    }
    // a documented former name is as good as an alias: drop the guessed suffix variant of the same name
    merged.delete(`${f.name}\u0000township\u0000variant`);
    addPlace(f.name, "township", "alias", successor.code, flags);
    if (!successor.aliases.includes(f.name)) successor.aliases.push(f.name);
  }

  const lexicon = new Trie<LexEntry>();
  for (const [key, entry] of merged) lexicon.add(surfaceOf(key), entry);
  const block: LexEntry = { kind: "block" };
  for (const w of [...COMMON_WORDS, ...NON_PLACE_PHRASES]) lexicon.add(w, block);
  const override: LexEntry = { kind: "override" };
  for (const w of OVERRIDE_WORDS) lexicon.add(w, override);
  const foreignEntry: LexEntry = { kind: "foreign" };
  const foreignForms = new Set<string>();
  for (const f of FOREIGN_PLACES) {
    foreignForms.add(f);
    if (f.length === 2 && !FOREIGN_PROVINCES.includes(f)) foreignForms.add(`${f}市`);
  }
  for (const p of FOREIGN_PROVINCES) foreignForms.add(`${p}省`);
  for (const p of ["新疆维吾尔自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "内蒙古自治区", "北京市", "天津市", "上海市", "重庆市"])
    foreignForms.add(p);
  for (const f of foreignForms) if (!placeSurfaces.has(f)) lexicon.add(f, foreignEntry);

  const townsByCounty = new Map<string, GazetteerPlace[]>();
  for (const t of towns) {
    const list = townsByCounty.get(t.parentCode ?? "") ?? [];
    list.push(t);
    townsByCounty.set(t.parentCode ?? "", list);
  }
  const formerParents = new Map<string, string[]>();
  // a county name of then, right before a township that has since moved (鄞州区洞桥镇, 余杭东湖街道),
  // names the township's county of today: from the former townships, in full and short form
  for (const f of former) {
    const successorCounty = byCode.get(f.successor)?.countyCode;
    const then = countyByName.get(f.formerCounty);
    if (!successorCounty || (then && then.code === successorCounty)) continue;
    for (const name of new Set([f.formerCounty, countyShort(f.formerCounty)])) {
      const list = formerParents.get(name) ?? [];
      if (!list.includes(successorCounty)) list.push(successorCounty);
      formerParents.set(name, list);
    }
  }
  // and the redistricting history written by hand (before 2015, or whole counties)
  for (const [former, successors] of FORMER_PARENTS) {
    const list = formerParents.get(former) ?? [];
    for (const s of successors) {
      const c = countyByName.get(s);
      if (!c) throw new Error(`historic-names: unknown county ${s}`);
      if (!list.includes(c.code)) list.push(c.code);
    }
    formerParents.set(former, list);
  }
  return { places, byCode, lexicon, shortName, townsByCounty, formerParents };
}

const cache = new Map<string, Gazetteer>();

/** Loads data/geo under `root` (the project root by default); cached per root. */
export function loadGazetteer(root: string = process.cwd()): Gazetteer {
  const key = path.resolve(root);
  let gaz = cache.get(key);
  if (!gaz) {
    gaz = buildGazetteer(key);
    cache.set(key, gaz);
  }
  return gaz;
}
