import { loadGazetteer, type Gazetteer } from "../geo/gazetteer";
import { buildArticle, type SegmentedArticle } from "./article";
import { OPENING_PUNCT } from "../zh/punctuation";
import { endsSentence, isSubtitle } from "./line-kinds";
import { cutReports, isTitleLine, type Report } from "./split/cut";
import { pageFeatures, pageLines, type SplitLine } from "./split/features";
import { defaultModel, pageLogProbs, type SplitModel } from "./split/model";
import { MAX_GROUP, MAX_PLAIN_TITLE_LINES, plainTitleLine, toUnits, type Unit } from "./units";

export { normalizeText } from "./normalize";
export type { SegmentedArticle } from "./article";

/** units[start, end) are the title lines of a report. */
type Group = { start: number; end: number };

/** The next unit after `from` that is not a caption, a photo credit or furniture (a date or meta line). */
function nextSolid(units: Unit[], from: number): Unit | undefined {
  for (let k = from; k < units.length && k < from + 20; k++) {
    const u = units[k]!;
    if (u.kind !== "caption" && u.kind !== "credit" && u.kind !== "drop") return u;
  }
  return undefined;
}

/**
 * The title group at the top of one report (kicker, title, subtitle lines, markdown headings), below
 * any furniture (page label, masthead) and web meta line; null for an untitled report. Plain lines
 * are a title only when body text, a byline or a dateline follows them, or nothing does (a stub).
 */
function reportTitle(units: Unit[]): Group | null {
  let i = 0;
  while (i < units.length && (units[i]!.kind === "drop" || isWebMeta(units[i]!))) i++;
  const first = units[i];
  if (first === undefined) return null;
  if (first.kind !== "heading" && (first.subtitle || !plainTitleLine(first, true))) return null;
  let j = i;
  let hasHeading = false;
  while (j < units.length && j - i < MAX_GROUP) {
    const v = units[j]!;
    if (v.kind === "heading") {
      hasHeading = true;
      j++;
      continue;
    }
    // Below a markdown heading only a "——" subtitle belongs to the title; other lines are body.
    if (hasHeading ? v.kind === "text" && v.subtitle : j === i || plainTitleLine(v, false)) {
      j++;
      continue;
    }
    break;
  }
  if (hasHeading) return { start: i, end: j };
  if (j - i > MAX_PLAIN_TITLE_LINES) return null; // a run of short lines is a list, not a title
  const next = nextSolid(units, j);
  if (next === undefined) return units.slice(j).every((u) => u.kind !== "text") && !endsSentence(first.text) ? { start: i, end: j } : null;
  const authorsNext = next.kind === "authorline" || next.kind === "byline" || next.lead;
  // Body text does not open with a clause mark: ",确保..." continues the "title" lines, which are a wrap.
  const bodyNext = (next.kind === "text" && !next.subtitle && !OPENING_PUNCT.test(next.text)) || authorsNext;
  return bodyNext ? { start: i, end: j } : null;
}

function headingLevelCounts(groups: { units: Unit[] }[]): Map<number, number> {
  // How many title groups use each heading level: a level used once, above others, marks a page section.
  const counts = new Map<number, number>();
  for (const g of groups) {
    const levels = new Set<number>();
    for (const u of g.units) if (u.kind === "heading") levels.add(u.level);
    for (const l of levels) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return counts;
}

/** Picks the main title among a group's lines; kickers (眉题) and subtitles (副题) are dropped. */
function pickTitle(lines: Unit[], levelCounts: Map<number, number>): string {
  if (lines.length === 0) return "";
  let heads = lines.filter((u) => u.kind === "heading" && !isSubtitle(u.text));
  if (heads.length > 0) {
    const first = heads[0]!;
    const second = heads[1];
    if (second && first.level < second.level && levelCounts.get(first.level) === 1 && (levelCounts.get(second.level) ?? 0) >= 2)
      heads = heads.slice(1); // "# 清廉浙江" above "## title": a page section, not a kicker
    const top = Math.min(...heads.map((u) => u.level));
    return heads.filter((u) => u.level === top).at(-1)!.text;
  }
  // Plain lines: the kicker comes above the main title, the subtitle below it.
  const main = lines.filter((u) => !isSubtitle(u.text)).at(-1);
  return main ? main.text : lines[0]!.text.replace(/^[—─-]+/u, "");
}

export type SegmentOptions = {
  /** The gazetteer the splitter reads places with (loaded once per process when not given). */
  gazetteer?: Gazetteer;
  /** The splitter's model (the committed weights when not given; training passes its own). */
  model?: SplitModel;
};

/** The reports of a page as ranges of its lines: the splitter (lib/ingest/split) decides, nothing else. */
export function splitPage(units: Unit[], opts: SegmentOptions = {}): { lines: SplitLine[]; reports: Report[] } {
  const lines = pageLines(units);
  const model = opts.model ?? defaultModel();
  const features = pageFeatures(lines, opts.gazetteer ?? loadGazetteer());
  return { lines, reports: cutReports(lines, pageLogProbs(model, lines, features)) };
}

/** A whole page of text -> its articles, in page order. Never throws. */
export function segmentPage(text: string, opts: SegmentOptions = {}): SegmentedArticle[] {
  const units = toUnits(text);
  if (units.length === 0) return [];
  const { lines, reports } = splitPage(units, opts);
  const index = new Map<Unit, number>();
  units.forEach((u, k) => index.set(u, k));
  // The paper or account named by the furniture up to each unit (mastheads repeat on every page).
  const paperThrough: (string | undefined)[] = new Array(units.length);
  let paper: string | undefined;
  units.forEach((u, k) => {
    if (u.paper) paper = u.paper;
    paperThrough[k] = paper;
  });
  const parts = reports.map((r) => {
    const own: Unit[] = [];
    r.ranges.forEach(([a, b], k) => {
      // A continuation's repeated headline (the title lines above "(上接第1版)") is not body text.
      let from = a;
      if (k > 0) {
        const jumpIn = lines.slice(a, b).findIndex((l) => l.units[0]!.jump === "in");
        if (jumpIn > 0 && lines.slice(a, a + jumpIn).every(isTitleLine)) from = a + jumpIn;
      }
      for (let i = from; i < b; i++) own.push(...lines[i]!.units);
    });
    const g = reportTitle(own);
    const title = g ? own.slice(g.start, g.end) : [];
    const body = g ? [...own.slice(0, g.start), ...own.slice(g.end)] : own;
    const head = own[g ? g.start : 0]!;
    return { title, body, group: g, masthead: paperThrough[index.get(head)!] };
  });
  const levelCounts = headingLevelCounts(parts.flatMap((p) => (p.group ? [{ units: p.title }] : [])));
  const out: SegmentedArticle[] = [];
  for (const part of parts) {
    // A title over nothing but furniture, among other reports, is an index entry, not an article.
    if (part.title.length > 0 && parts.length > 1 && part.body.every(isFurniture) && !part.title.some((u) => u.kind === "heading")) continue;
    const a = buildArticle(pickTitle(part.title, levelCounts), part.body, part.masthead);
    if (a.title === "" && a.body === "") {
      if (a.captions.length === 0) {
        // Nothing but bylines: they belong to the article before.
        const prev = out.at(-1);
        if (prev) for (const n of a.authors) if (!prev.authors.includes(n)) prev.authors.push(n);
        continue;
      }
      // A photo report (the splitter cut it as a report of its own): its caption is its text.
      a.body = a.captions.join("\n\n");
      a.captions = [];
    }
    a.position = out.length;
    out.push(a);
  }
  return out;
}

/** Page furniture that makes no article on its own. */
function isFurniture(u: Unit): boolean {
  return u.kind === "drop";
}

/** A web page's meta line naming writers ("作者:张三 发布时间:..."): an author line without dateline or role. */
function isWebMeta(u: Unit): boolean {
  return u.kind === "authorline" && !u.lead;
}

/** The whole text is one article; its first line is the title if it looks like one. */
export function segmentSingle(text: string): SegmentedArticle {
  const all = toUnits(text);
  // A masthead, date line or site chrome above the title is not part of the article; a web meta line
  // there ("作者:张三 发布时间:...") still names the writers.
  let skip = 0;
  const meta: Unit[] = [];
  for (; skip < all.length; skip++) {
    const u = all[skip]!;
    if (u.kind === "authorline" && !u.lead) meta.push(u);
    else if (u.kind !== "drop") break;
  }
  const units = all.slice(skip);
  let end = 0;
  const first = units[0];
  if (first && (first.kind === "heading" || (first.kind === "text" && !first.final && plainTitleLine(first, true)))) {
    end = 1;
    let hasHeading = first.kind === "heading";
    while (end < units.length && end < MAX_GROUP) {
      const v = units[end]!;
      const fits = v.kind === "heading" || (v.kind === "text" && (isSubtitle(v.text) || (!hasHeading && plainTitleLine(v, false) && !endsSentence(v.text))));
      if (!fits) break;
      if (v.kind === "heading") hasHeading = true;
      end++;
    }
    // Lines after the title group that are all title-shaped mean there is no body: keep just the first.
    if (end > MAX_PLAIN_TITLE_LINES && !hasHeading) end = 1;
  }
  const title = units.slice(0, end);
  const masthead = all.find((u) => u.paper !== undefined)?.paper;
  const a = buildArticle(pickTitle(title, new Map()), [...meta, ...units.slice(end)], masthead);
  a.position = 0;
  return a;
}
