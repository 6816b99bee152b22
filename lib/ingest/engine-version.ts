/**
 * Which extraction engine produced an article. Stored with every article so a re-extraction can
 * say what changed and the desk can tell pages made by an older engine.
 *
 * The version is a fingerprint of the engine's behaviour, not a number someone must remember to
 * raise: the package version plus a hash of what `extractDocument` returns for a fixed set of probe
 * pages (the seed page and invented pages from lib/synth, one per layout). Any change to
 * segmentation, geocoding, metric extraction or the gazetteer that shows on those pages gives a new
 * version. A change that shows on none of them keeps the version; re-extraction runs the engine on
 * every page whatever the version says, so nothing depends on it being exhaustive.
 */
import fs from "node:fs";
import path from "node:path";
import { loadGazetteer, type Gazetteer } from "../geo/gazetteer";
import { synthPage } from "../synth/corpus";
import { LAYOUTS } from "../synth/page";
import { sha256 } from "./article-id";
import { extractDocument } from "./pipeline";

const PROBE_SEED = 20261214;
const SEED_PAGE = "data/sources/zhejiang-news-page.txt";

/** The probe pages, in a fixed order. */
export function probePages(gaz: Gazetteer, root: string = process.cwd()): string[] {
  const pages: string[] = [];
  const seed = path.join(root, SEED_PAGE);
  if (fs.existsSync(seed)) pages.push(fs.readFileSync(seed, "utf8"));
  LAYOUTS.forEach((_, i) => pages.push(synthPage(gaz, PROBE_SEED, i, 4).text));
  return pages;
}

/** The fingerprint of an engine: a hash of its output on the probe pages. */
export function engineFingerprint(extract: (text: string) => unknown, pages: string[]): string {
  return sha256(JSON.stringify(pages.map((p) => extract(p)))).slice(0, 10);
}

const cache = new Map<string, string>();

/** "<package version>+<fingerprint>", computed once per process (a few hundred milliseconds). */
export function engineVersion(opts: { gazetteer?: Gazetteer; root?: string } = {}): string {
  const root = opts.root ?? process.cwd();
  const hit = cache.get(root);
  if (hit) return hit;
  const gaz = opts.gazetteer ?? loadGazetteer(root);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version?: string };
  const version = `${pkg.version ?? "0"}+${engineFingerprint((t) => extractDocument(t, { gazetteer: gaz }), probePages(gaz, root))}`;
  cache.set(root, version);
  return version;
}
