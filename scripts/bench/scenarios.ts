// The scenarios `npm run bench` runs, in the order docs/benchmarks.md shows them. To add one, write
// scenarios/NAME.ts exporting a `Scenario` (types.ts) and add it to this list: see README.md.
import { crawl } from "./scenarios/crawl";
import { extraction } from "./scenarios/extraction";
import { ingest } from "./scenarios/ingest";
import { ingestPostgres } from "./scenarios/ingest-postgres";
import { mapLoad } from "./scenarios/map-load";
import { compareView, countyPanel, homeSize, publicApi, searchLatency } from "./scenarios/read-path";
import { readersDuringIngest } from "./scenarios/readers-during-ingest";
import { serverRss } from "./scenarios/server-rss";
import type { Scenario } from "./types";

export const SCENARIOS: Scenario[] = [
  extraction,
  ingest,
  ingestPostgres,
  serverRss,
  homeSize,
  countyPanel,
  searchLatency,
  publicApi,
  mapLoad,
  compareView,
  crawl,
  readersDuringIngest,
];
