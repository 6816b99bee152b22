// `npm run crawl -- --sources FILE --once|--watch`: follows news sites, feeds and e-papers listed in a
// sources file (see sources.example.json and the README) and ingests what is new into the app's
// database. One line per source. Exit 0 unless the sources file is invalid (exit 2). Ctrl-C or
// SIGTERM finishes the page in hand and exits; a second Ctrl-C exits at once.
import { parseArgs } from "node:util";
import { crawlConfigFromEnv, DEFAULT_AGENT } from "@/lib/crawl/config";
import { crawlOnce, crawlWatch } from "@/lib/crawl/crawler";
import { loadSourcesFile, SourcesFileError } from "@/lib/crawl/sources";
import { resolveDatabase } from "@/lib/db/database-url";
import { prepareDatabase } from "@/lib/db/prepare";

const USAGE = "usage: npm run crawl -- --sources FILE (--once | --watch)";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { sources: { type: "string" }, once: { type: "boolean", default: false }, watch: { type: "boolean", default: false } } });
  } catch (e) {
    console.error(`crawl: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { sources: file, once, watch } = args.values;
  if (!file || once === watch) {
    console.error(USAGE);
    return 2;
  }
  let sources;
  let config;
  try {
    sources = loadSourcesFile(file);
    config = crawlConfigFromEnv();
  } catch (e) {
    console.error(`crawl: ${(e as Error).message}`);
    return 2;
  }
  if (config.agent === DEFAULT_AGENT) console.error("crawl: note: ZJ_CRAWL_AGENT is not set; sites see no contact address (README: Following sources)");

  const stop = new AbortController();
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      console.error(`crawl: ${sig} again, exiting now (the next run resumes where this one was)`);
      process.exit(130);
    }
    console.error(`crawl: ${sig}: finishing the page in hand, then exiting (again to exit now)`);
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const { db, gazetteer } = await prepareDatabase(resolveDatabase());
  try {
    const opts = { db, sources, config, gazetteer, stopping: stop.signal, print: (line: string) => console.log(line) };
    if (watch) {
      console.log(`following ${sources.length} source(s); Ctrl-C to stop`);
      await crawlWatch(opts);
    } else {
      await crawlOnce(opts);
    }
  } finally {
    await db.$disconnect();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`crawl: ${e instanceof SourcesFileError ? "" : "unexpected error: "}${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
