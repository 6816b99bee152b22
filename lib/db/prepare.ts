import { loadGazetteer, type Gazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import { createDb, type Db } from "./client";
import type { DatabaseTarget } from "./database-url";
import { backfillIndicators } from "./backfill-indicators";
import { applyMigrations } from "./migrate";
import { seedPlaces, type PlaceSeedResult } from "./seed-places";

/**
 * A database ready for ingesting: migrated and with the gazetteer loaded (both idempotent, so every
 * entry point can call this without checking first). The caller disconnects `db`.
 */
export async function prepareDatabase(target: DatabaseTarget, root: string = process.cwd()): Promise<{ db: Db; gazetteer: Gazetteer; places: PlaceSeedResult }> {
  await applyMigrations(target, root);
  const db = createDb(target);
  try {
    const gazetteer = loadGazetteer(root);
    const places = await seedPlaces(db, gazetteer, loadCountyPopulation(root));
    await backfillIndicators(db);
    return { db, gazetteer, places };
  } catch (e) {
    await db.$disconnect();
    throw e;
  }
}
