/** Test helper: a database with the gazetteer, the seed page and the invented dated stories. */
import fs from "node:fs";
import { loadGazetteer } from "../geo/gazetteer";
import type { Db } from "../db/client";
import { ingestSource } from "../db/ingest-write";
import { insertFixture, TIME_FIXTURE } from "../db/read-fixtures";
import { seedPlaces } from "../db/seed-places";
import { loadCountyPopulation } from "../ref/population";

export async function loadApiTestData(db: Db): Promise<void> {
  const gaz = loadGazetteer();
  await seedPlaces(db, gaz, loadCountyPopulation());
  await ingestSource(db, { rawText: fs.readFileSync("data/sources/zhejiang-news-page.txt", "utf8"), name: "种子页" }, gaz);
  await insertFixture(db, "time fixture", TIME_FIXTURE);
}

/** The seed page's stories, and the invented ones (6, of which 2 undated and none located). */
export const SEED_STORIES = 11;
export const FIXTURE_STORIES = TIME_FIXTURE.length;
