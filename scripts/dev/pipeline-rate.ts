// Development aid: whole-pipeline articles per second on the seed page on one core: the gazetteer and
// the splitter's model loaded once, 30 warm-up runs of extractDocument, then articles counted over
// a few seconds.   npx tsx scripts/dev/pipeline-rate.ts [SECONDS]
import fs from "node:fs";
import path from "node:path";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { extractDocument } from "@/lib/ingest/pipeline";

const ROOT = path.resolve(import.meta.dirname, "../..");
const seconds = Number(process.argv[2] ?? 5);
const seed = fs.readFileSync(path.join(ROOT, "data/sources/zhejiang-news-page.txt"), "utf8");
const gazetteer = loadGazetteer(ROOT);
for (let i = 0; i < 30; i++) extractDocument(seed, { gazetteer });
let articles = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) articles += extractDocument(seed, { gazetteer }).articles.length;
const rate = articles / ((performance.now() - start) / 1000);
console.log(`${Math.round(rate)} articles/s (seed page, ${seconds} s)`);
