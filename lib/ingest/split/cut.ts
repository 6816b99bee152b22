// From line scores to reports: the one place that decides where a report begins and ends.
//
// 1. The most likely sequence of line classes (start / inside / outside) under the rule that a report
//    line follows a report line: "inside" never follows "outside" or the top of the page (Viterbi).
// 2. Crumbs join a report: a report of nothing but title lines joins the report below it (a title
//    belongs to the text under it); one of nothing but credits, bylines or furniture joins the report
//    above it (a credit or a footer closes the report it follows).
// 3. A story continued from another page ("(上接第1版)") joins the report that broke off with
//    "(下转第N版)", when its repeated headline (if any) matches.
// 4. Lines outside every report are a round-up's headline and lead, a separator or a fragment cut off
//    at the page's end, and make no article; any other outside run below a report stays with it.
import { isDateOnlyLine, isDigitalPaperBanner, isPageFooter, isPageLabel } from "../../zh/furniture";
import { endsSentence } from "../../zh/punctuation";
import type { SplitLine } from "./features";
import { INSIDE, OUTSIDE, START } from "./model";

/** A report: the lines it is made of, as [from, to) ranges of the page's lines, in page order. */
export type Report = { ranges: Array<[number, number]> };

/** How long (in characters) a line of text must be to count as a paragraph that cannot be dropped. */
const PARAGRAPH = 40;
/** The most lines a title (kicker, title, subtitle) spans. */
const MAX_TITLE_LINES = 3;
const MAX_TITLE_CHARS = 50;

/**
 * Most likely class sequence: start/inside/outside per line, with inside only after start or inside.
 * `closed[i]`: line i - 1 ends its report ("(下转第3版)": the story breaks off there), so line i
 * cannot go on with it.
 */
export function decodeClasses(scores: readonly Float64Array[], closed: readonly boolean[] = []): number[] {
  const n = scores.length;
  if (n === 0) return [];
  const best = scores.map(() => new Float64Array(3));
  const from = scores.map(() => new Int8Array(3));
  const s0 = scores[0]!;
  best[0]![START] = s0[START]!;
  best[0]![INSIDE] = -Infinity;
  best[0]![OUTSIDE] = s0[OUTSIDE]!;
  for (let i = 1; i < n; i++) {
    const p = best[i - 1]!;
    const s = scores[i]!;
    const argmax = (cands: number[]) => cands.reduce((a, b) => (p[b]! > p[a]! ? b : a));
    const any = argmax([START, INSIDE, OUTSIDE]);
    const inReport = argmax([START, INSIDE]);
    best[i]![START] = p[any]! + s[START]!;
    from[i]![START] = any;
    best[i]![INSIDE] = closed[i] ? -Infinity : p[inReport]! + s[INSIDE]!;
    from[i]![INSIDE] = inReport;
    best[i]![OUTSIDE] = p[any]! + s[OUTSIDE]!;
    from[i]![OUTSIDE] = any;
  }
  const out = new Array<number>(n);
  const last = best[n - 1]!;
  let state = [START, INSIDE, OUTSIDE].reduce((a, b) => (last[b]! > last[a]! ? b : a));
  for (let i = n - 1; i >= 0; i--) {
    out[i] = state;
    state = from[i]![state]!;
  }
  return out;
}

const compact = (s: string) => s.replace(/\s+/gu, "");

/** A line of body text long enough that dropping it would lose part of a report. */
function isParagraph(l: SplitLine): boolean {
  return l.units.some((u) => (u.kind === "text" || u.kind === "caption") && compact(u.text).length >= PARAGRAPH);
}

/** Lines that carry no text of their own: bylines, credits, furniture. */
function isCrumbLine(l: SplitLine): boolean {
  return l.units.every((u) => u.kind === "byline" || u.kind === "credit" || u.kind === "drop" || (u.kind === "authorline" && !u.lead));
}

/** Furniture that heads a report: a page label, a date alone, an e-paper banner, a masthead (not a footer). */
export function isHeaderLine(l: SplitLine): boolean {
  return l.units.every(
    (u) => u.kind === "drop" && !isPageFooter(u.text) && (u.paper !== undefined || isPageLabel(u.text) || isDateOnlyLine(u.text) || isDigitalPaperBanner(u.text)),
  );
}

/** A title-like line: a heading, or short open text that is not a dateline. */
export function isTitleLine(l: SplitLine): boolean {
  const u = l.units[0]!;
  // A line that breaks off to another page ("…计划(下转第3版)") is body text, whatever its length.
  if (l.units.length > 1 || u.jump !== null) return false;
  if (u.kind === "heading") return true;
  return u.kind === "text" && u.shapeRelaxed && !u.lead && !u.agency && !endsSentence(u.text) && compact(u.text).length <= MAX_TITLE_CHARS;
}

function linesOf(r: Report): number[] {
  const out: number[] = [];
  for (const [a, b] of r.ranges) for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** Classes -> reports, before the crumbs are joined: each start opens a report, inside lines extend it. */
function reportsFromClasses(lines: readonly SplitLine[], classes: readonly number[]): Report[] {
  const reports: Report[] = [];
  let open: Report | null = null;
  let seenReport = false;
  for (let i = 0; i < lines.length; i++) {
    const c = classes[i]!;
    if (c === START) {
      open = { ranges: [[i, i + 1]] };
      reports.push(open);
      seenReport = true;
    } else if (c === INSIDE && open) open.ranges[open.ranges.length - 1]![1] = i + 1;
    else {
      // Outside: only a round-up's head above the first report, a separator ("——", "* * *") or a
      // fragment cut off at the page's end stays out of every report; any other run of lines below a
      // report stays with it, so no text is lost.
      let j = i;
      while (j < lines.length && classes[j] === OUTSIDE) j++;
      const run = lines.slice(i, j);
      const separator = run.every((l) => !/[\p{L}\p{N}]/u.test(l.text));
      const trailing = j === lines.length && !run.some(isParagraph);
      if (seenReport && open !== null && !separator && !trailing) open.ranges[open.ranges.length - 1]![1] = j;
      else open = null;
      i = j - 1;
    }
  }
  if (reports.length === 0 && lines.length > 0) reports.push({ ranges: [[0, lines.length]] });
  return reports;
}

/**
 * Title-only reports and page headers (label, date, banner) join the report right below them; reports of
 * credits, bylines, footers and other furniture join the one above, except for the page header lines
 * at their end, which head the report below.
 */
function joinCrumbs(lines: readonly SplitLine[], reports: Report[]): Report[] {
  const out: Report[] = [];
  for (let k = 0; k < reports.length; k++) {
    const r = reports[k]!;
    const ls = linesOf(r).map((i) => lines[i]!);
    const next = reports[k + 1];
    const adjacent = next !== undefined && next.ranges[0]![0] === r.ranges.at(-1)![1];
    // Title lines, then only a meta line, byline or furniture: the head of the report below.
    let t = 0;
    while (t < ls.length && isTitleLine(ls[t]!)) t++;
    const titleOnly = t > 0 && t <= MAX_TITLE_LINES && ls.slice(t).every(isCrumbLine) && ls.length - t <= 2;
    if ((titleOnly || ls.every(isHeaderLine)) && adjacent && next) {
      next.ranges[0]![0] = r.ranges[0]![0];
      continue;
    }
    const prev = out.at(-1);
    if (ls.every(isCrumbLine) && (prev || adjacent)) {
      // The header lines at the end of a crumb report head the next report; the rest close the one above.
      let cut = ls.length;
      if (adjacent) while (cut > 0 && isHeaderLine(ls[cut - 1]!)) cut--;
      if (!prev) cut = 0;
      const all = linesOf(r);
      if (cut > 0 && prev) {
        const tail = prev.ranges.at(-1)!;
        if (tail[1] === all[0]) tail[1] = all[cut - 1]! + 1;
        else prev.ranges.push([all[0]!, all[cut - 1]! + 1]);
      }
      if (cut < ls.length && next) next.ranges[0]![0] = all[cut]!;
      if (cut === ls.length || next) continue;
    }
    out.push(r);
  }
  return out;
}

/** The first line of a report that is not furniture, and the lines above it that look like its title. */
function openingLines(lines: readonly SplitLine[], r: Report): { titles: SplitLine[]; opening: SplitLine | undefined } {
  const titles: SplitLine[] = [];
  for (const i of linesOf(r)) {
    const l = lines[i]!;
    if (l.units.every((u) => u.kind === "drop" && u.jump === null)) continue;
    if (l.units[0]!.jump === "in") return { titles, opening: l };
    if (titles.length < MAX_TITLE_LINES && isTitleLine(l)) titles.push(l);
    else return { titles, opening: l };
  }
  return { titles, opening: undefined };
}

/**
 * "(上接第1版)...": the rest of a story from an earlier page joins the latest earlier report that broke
 * off with "(下转第N版)" and was not continued yet, if the headline repeated above it (if any) is part of
 * that report's opening. A continuation nobody announced stays a report of its own.
 */
function joinContinued(lines: readonly SplitLine[], reports: Report[]): Report[] {
  const out: Report[] = [];
  const waiting: Report[] = [];
  for (const r of reports) {
    const { titles, opening } = openingLines(lines, r);
    const top = waiting.at(-1);
    let owner: Report | undefined;
    if (opening?.units[0]!.jump === "in" && top) {
      const head = compact(
        linesOf(top)
          .slice(0, MAX_TITLE_LINES + 3)
          .map((i) => lines[i]!.text)
          .join(""),
      );
      const same = titles.length === 0 || titles.some((t) => compact(t.text).length >= 4 && head.includes(compact(t.text)));
      if (same) owner = waiting.pop();
    }
    if (owner) owner.ranges.push(...r.ranges);
    else out.push(r);
    const target = owner ?? r;
    if (linesOf(r).some((i) => lines[i]!.units.some((u) => u.jump === "out"))) waiting.push(target);
  }
  return out;
}

/**
 * Lines that cannot go on with the report above: below a line that breaks off to another page
 * ("(下转第3版)"), and a continuation from another page ("(上接第1版)…") not under its repeated headline.
 * Which story a continuation belongs to is decided by joinContinued, not by the line classes.
 */
export function closedAbove(lines: readonly SplitLine[]): boolean[] {
  return lines.map((l, i) => {
    if (i === 0) return false;
    const above = lines[i - 1]!;
    return above.units.some((u) => u.jump === "out") || (l.units[0]!.jump === "in" && !isTitleLine(above));
  });
}

/** The reports of a page, from the model's log-probabilities for each line. */
export function cutReports(lines: readonly SplitLine[], scores: readonly Float64Array[]): Report[] {
  if (lines.length === 0) return [];
  const classes = decodeClasses(scores, closedAbove(lines));
  return joinContinued(lines, joinCrumbs(lines, reportsFromClasses(lines, classes)));
}
