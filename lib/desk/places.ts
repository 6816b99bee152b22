/** The gazetteer as the desk's place picker sees it: search counties and townships, resolve a pick. */
import type { Db } from "../db/client";
import type { Tx } from "./page-store";
import type { StoredPlace } from "./stored-article";

export type PlaceOption = { code: string; level: "county" | "township"; name: string; label: string };

const MAX_OPTIONS = 30;

type Row = { code: string; level: string; name: string; parentCode: string | null; cityCode: string | null; aliases: string };

function aliasesOf(r: Row): string[] {
  try {
    const v: unknown = JSON.parse(r.aliases);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Counties and townships whose name (or a former or short name) contains the query, exact and
 * prefix matches first, counties before townships; each labelled with its city and county.
 */
export async function searchPlaces(db: Db, q: string): Promise<PlaceOption[]> {
  const query = q.trim().slice(0, 20);
  if (!query) return [];
  const rows = (await db.place.findMany({
    where: { level: { in: ["county", "township"] }, OR: [{ name: { contains: query } }, { aliases: { contains: query } }, { code: { startsWith: query } }] },
    select: { code: true, level: true, name: true, parentCode: true, cityCode: true, aliases: true },
    take: 400,
  })) as Row[];
  const hits = rows.filter((r) => r.name.includes(query) || r.code.startsWith(query) || aliasesOf(r).some((a) => a.includes(query)));
  const rank = (r: Row) => (r.name === query ? 0 : r.name.startsWith(query) ? 1 : 2) * 2 + (r.level === "county" ? 0 : 1);
  hits.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
  const top = hits.slice(0, MAX_OPTIONS);
  const parents = new Map(
    (
      await db.place.findMany({
        where: { code: { in: [...new Set(top.flatMap((r) => [r.cityCode, r.parentCode]).filter((c): c is string => !!c))] } },
        select: { code: true, name: true },
      })
    ).map((p) => [p.code, p.name]),
  );
  return top.map((r) => {
    const city = r.cityCode ? (parents.get(r.cityCode) ?? "") : "";
    const county = r.level === "township" && r.parentCode ? (parents.get(r.parentCode) ?? "") : "";
    return { code: r.code, level: r.level as "county" | "township", name: r.name, label: `${city}${county}${r.name}` };
  });
}

/** A picked county or township as an article's place (an editor's pick is certain: confidence 1). */
export async function resolvePlace(tx: Tx, code: string): Promise<{ place: StoredPlace; label: string } | null> {
  const p = await tx.place.findUnique({ where: { code } });
  if (!p || (p.level !== "county" && p.level !== "township")) return null;
  const countyCode = p.level === "county" ? p.code : p.parentCode;
  const names = await tx.place.findMany({ where: { code: { in: [p.cityCode, countyCode].filter((c): c is string => !!c) } }, select: { code: true, name: true } });
  const name = (c: string | null) => names.find((n) => n.code === c)?.name ?? "";
  const label = p.level === "county" ? `${name(p.cityCode)}${p.name}` : `${name(p.cityCode)}${name(countyCode)}${p.name}`;
  return {
    place: { level: p.level, cityCode: p.cityCode, countyCode, townshipCode: p.level === "township" ? p.code : null, lon: p.lon, lat: p.lat, confidence: 1 },
    label,
  };
}

/** A stored place named for people: 杭州市上城区南星街道, or 未定位. */
export async function placeLabel(tx: Tx | Db, p: StoredPlace | null): Promise<string> {
  if (!p) return "未定位";
  const codes = [p.cityCode, p.countyCode, p.townshipCode].filter((c): c is string => !!c);
  const names = await tx.place.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } });
  return codes.map((c) => names.find((n) => n.code === c)?.name ?? c).join("");
}
