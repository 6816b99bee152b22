import type { Gazetteer } from "../geo/gazetteer";
import type { Db } from "./client";

export type PlaceSeedResult = { created: number; updated: number; unchanged: number };

type PlaceRow = {
  code: string;
  level: string;
  name: string;
  type: string | null;
  parentCode: string | null;
  cityCode: string | null;
  lon: number | null;
  lat: number | null;
  aliases: string;
  population: number | null;
};

const same = (a: PlaceRow, b: PlaceRow) =>
  (Object.keys(a) as (keyof PlaceRow)[]).every((k) => a[k] === b[k]);

/**
 * Loads the gazetteer (cities, counties, townships) into Place. Rows that already match are left
 * alone, so a second `npm start` writes nothing; all writes share one transaction.
 */
export async function seedPlaces(db: Db, gaz: Gazetteer, population: Map<string, number>): Promise<PlaceSeedResult> {
  const wanted: PlaceRow[] = gaz.places.map((p) => ({
    code: p.code,
    level: p.level,
    name: p.name,
    type: p.type || null,
    parentCode: p.parentCode,
    cityCode: p.cityCode,
    lon: p.lon,
    lat: p.lat,
    aliases: JSON.stringify(p.aliases),
    population: population.get(p.code) ?? null,
  }));
  const existing = new Map((await db.place.findMany()).map((r) => [r.code, r as PlaceRow]));
  const toCreate = wanted.filter((w) => !existing.has(w.code));
  const toUpdate = wanted.filter((w) => {
    const e = existing.get(w.code);
    return e !== undefined && !same(e, w);
  });
  if (toCreate.length || toUpdate.length) {
    await db.$transaction(
      async (tx) => {
        if (toCreate.length) await tx.place.createMany({ data: toCreate });
        for (const row of toUpdate) await tx.place.update({ where: { code: row.code }, data: row });
      },
      { timeout: 120_000 },
    );
  }
  return { created: toCreate.length, updated: toUpdate.length, unchanged: wanted.length - toCreate.length - toUpdate.length };
}
