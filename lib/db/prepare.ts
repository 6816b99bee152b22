import { loadGazetteer, type Gazetteer } from "../geo/gazetteer";
import { loadCountyPopulation } from "../ref/population";
import { createDb, type Db } from "./client";
import type { DatabaseTarget } from "./database-url";
import { backfillIndicators } from "./backfill-indicators";
import { applyMigrations } from "./migrate";
import { SETUP_LOCK_KEY, withPgAdvisoryLock } from "./pg-lock";
import { seedPlaces, type PlaceSeedResult } from "./seed-places";

/**
 * A database ready for ingesting: migrated and with the gazetteer loaded (both idempotent, so every
 * entry point can call this without checking first; on PostgreSQL under an advisory lock). The
 * caller disconnects `db`.
 */
export async function prepareDatabase(target: DatabaseTarget, root: string = process.cwd()): Promise<{ db: Db; gazetteer: Gazetteer; places: PlaceSeedResult }> {
  const gazetteer = loadGazetteer(root);
  const db = createDb(target);
  const setup = async () => {
    await applyMigrations(target, root);
    const places = await seedPlaces(db, gazetteer, loadCountyPopulation(root));
    // Metrics stored before indicators existed get theirs (a no-op query once done).
    await backfillIndicators(db);
    return places;
  };
  try {
    // On PostgreSQL several instances may start at once: one migrates and seeds, the others wait
    // and then find nothing left to do. (SQLite's own file lock serialises its writers.)
    const places = target.kind === "postgres" ? await withPgAdvisoryLock(target.url, SETUP_LOCK_KEY, setup) : await setup();
    return { db, gazetteer, places };
  } catch (e) {
    await db.$disconnect();
    throw e;
  }
}
