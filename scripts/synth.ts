// `npm run synth -- --articles N --out DIR [--seed S]`: writes the synthetic benchmark corpus
// (lib/synth): DIR/synthetic-SEED-000001.txt with a .meta.json sidecar per page ({"name", "date",
// "synthetic": true}). For benchmarks only: the pages are invented, and `npm start` refuses them.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { metaPathFor } from "@/lib/ingest/source-meta";
import { DEFAULT_SEED, GENERATOR_VERSION, synthCorpus } from "@/lib/synth/corpus";
import { SOURCES_DIR } from "./db-setup";
import { ROOT } from "./lib/run";

const USAGE = "usage: npm run synth -- --articles N --out DIR [--seed S]";

function main(): number {
  let args;
  try {
    args = parseArgs({ options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string" } } });
  } catch (e) {
    console.error(`synth: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const articles = Number(args.values.articles);
  const seed = args.values.seed === undefined ? DEFAULT_SEED : Number(args.values.seed);
  if (!Number.isSafeInteger(articles) || articles < 1 || !args.values.out || !Number.isSafeInteger(seed) || seed < 0) {
    console.error(USAGE);
    return 2;
  }
  const out = path.resolve(args.values.out);
  const sources = path.resolve(SOURCES_DIR);
  if (out === sources || out.startsWith(sources + path.sep)) {
    console.error(`synth: refusing to write synthetic pages into ${path.relative(ROOT, sources)} (npm start loads that folder)`);
    return 2;
  }
  fs.mkdirSync(out, { recursive: true });
  const gaz = loadGazetteer(ROOT);
  let pages = 0;
  let bytes = 0;
  for (const page of synthCorpus(gaz, { seed, articles })) {
    const file = path.join(out, page.fileName);
    fs.writeFileSync(file, page.text);
    fs.writeFileSync(metaPathFor(file), JSON.stringify({ name: page.name, date: page.publishedOn, synthetic: true }) + "\n");
    pages++;
    bytes += Buffer.byteLength(page.text);
  }
  console.log(`synth: ${articles} stories on ${pages} pages (${(bytes / 1e6).toFixed(1)} MB, seed ${seed}, generator v${GENERATOR_VERSION}) in ${out}`);
  return 0;
}

process.exit(main());
