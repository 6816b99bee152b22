// Development aid: township accuracy of the geocoder, which ../shared/tools/score_extraction.py scores
// only on single articles. Every single article and every labelled page report cut at its labelled
// offsets (as --given-reports does) goes through extractDocument(…, { single: true }); the longest
// article's township is compared with `township_code`:
//
//     npx tsx scripts/dev/score-townships.ts [SET_DIR ...] [--verbose]
//
// right / wrong (another township) / none given, over reports with a township labelled; and how many
// reports labelled with no township (an explicit null) got one anyway. Sets are read in place.
import fs from "node:fs";
import path from "node:path";
import { extractDocument } from "@/lib/ingest/pipeline";

type Labelled = { id?: string; start?: number; end?: number; township_code?: string | null; segments?: Labelled[] };
type Job = { id: string; kind: "article" | "report"; text: string; want: string | null; labelled: boolean };
type Tally = { n: number; right: number; wrong: number; none: number; nullN: number; extra: number };

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const sets = args.filter((a) => !a.startsWith("--"));
if (sets.length === 0) sets.push(path.join("..", "shared", "devset"));

const readJson = (file: string): Labelled[] => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Labelled[]) : []);

function jobsOf(dir: string): Job[] {
  const jobs: Job[] = [];
  for (const g of readJson(path.join(dir, "gold-articles.json"))) {
    const text = fs.readFileSync(path.join(dir, "articles", `${g.id}.txt`), "utf8");
    jobs.push({ id: g.id ?? "?", kind: "article", text, want: g.township_code ?? null, labelled: "township_code" in g });
  }
  for (const g of readJson(path.join(dir, "gold-pages.json"))) {
    const page = fs.readFileSync(path.join(dir, "pages", `${g.id}.txt`), "utf8");
    (g.segments ?? []).forEach((seg, k) => {
      const text = page.slice(seg.start ?? 0, seg.end ?? 0) + "\n";
      jobs.push({ id: `${g.id}/${k}`, kind: "report", text, want: seg.township_code ?? null, labelled: "township_code" in seg });
    });
  }
  return jobs;
}

for (const dir of sets) {
  const tallies: Record<Job["kind"], Tally> = {
    article: { n: 0, right: 0, wrong: 0, none: 0, nullN: 0, extra: 0 },
    report: { n: 0, right: 0, wrong: 0, none: 0, nullN: 0, extra: 0 },
  };
  for (const job of jobsOf(dir)) {
    const arts = extractDocument(job.text, { single: true }).articles;
    const main = arts.reduce<(typeof arts)[number] | null>((a, b) => (a === null || b.body.length > a.body.length ? b : a), null);
    const got = main?.place?.township ?? null;
    const t = tallies[job.kind];
    if (job.want) {
      t.n++;
      if (got?.code === job.want) t.right++;
      else if (got) t.wrong++;
      else t.none++;
      if (verbose && got?.code !== job.want) console.log(`${job.id}: township ${got ? `${got.code} ${got.name}` : "none"} want ${job.want}`);
    } else if (job.labelled) {
      t.nullN++;
      if (got) t.extra++;
      if (verbose && got) console.log(`${job.id}: township ${got.code} ${got.name} want none`);
    }
  }
  for (const [kind, t] of Object.entries(tallies)) {
    if (t.n + t.nullN === 0) continue;
    console.log(
      `${path.basename(path.resolve(dir))} ${kind}s: township right ${t.right}/${t.n} (wrong ${t.wrong}, none ${t.none}) | ` +
        `labelled none: given one ${t.extra}/${t.nullN}`,
    );
  }
}
