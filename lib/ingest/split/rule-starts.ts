// The hand rules that split pages before the learned splitter (the segmenter of lib/ingest/segment.ts
// up to issue 19), kept as evidence: where they would open an article becomes a feature of the line
// (features.ts), and the model learns how far to trust it. They decide nothing any more.
import { OPENING_PUNCT } from "../../zh/punctuation";
import { isNumbered } from "../line-kinds";
import { MAX_GROUP, MAX_PLAIN_TITLE_LINES, plainTitleLine, type Unit } from "../units";

/**
 * units[start, end) are the title lines of an article; start === end for an article without a title.
 * `lead`: the text below opens with a dateline or byline.
 */
type Group = { start: number; end: number; strong: boolean; hasHeading: boolean; lead?: boolean; continues?: boolean };

/** What the text before a line says about whether a title may start there. */
type Context = "start" | "byline" | "strong" | "final" | "colon" | "open";

/** The next unit after `from` that is not a caption or photo credit. */
function nextSolid(units: Unit[], from: number): Unit | undefined {
  for (let k = from; k < units.length && k < from + 20; k++) {
    const u = units[k]!;
    if (u.kind !== "caption" && u.kind !== "credit") return u;
  }
  return undefined;
}

/** Tries to read a title group (kicker, title, subtitle lines, markdown headings) starting at i. */
function tryGroup(units: Unit[], i: number, ctx: Context): Group | null {
  const first = units[i]!;
  const strongCtx = ctx === "start" || ctx === "byline" || ctx === "strong";
  if (first.kind !== "heading") {
    if (ctx === "open" || ctx === "colon") return null;
    if (first.subtitle || !plainTitleLine(first, ctx === "byline" || ctx === "strong")) return null;
  }
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
    if (hasHeading ? v.kind === "text" && v.subtitle : plainTitleLine(v, false) || (j === i && v === first)) {
      j++;
      continue;
    }
    break;
  }
  if (hasHeading) return { start: i, end: j, strong: true, hasHeading };
  if (j - i > MAX_PLAIN_TITLE_LINES) return null; // a run of short lines is a list, not a title
  const next = nextSolid(units, j);
  if (next === undefined) return null;
  const authorsNext = next.kind === "authorline" || next.lead;
  // Body text does not open with a clause mark: ",确保..." continues the "title" lines, which are a wrap.
  const bodyNext = (next.kind === "text" && !next.subtitle && !OPENING_PUNCT.test(next.text)) || authorsNext;
  if (!bodyNext) return null;
  return { start: i, end: j, strong: strongCtx || authorsNext, hasHeading, lead: authorsNext };
}

/** Roughly how much text follows before the next byline or heading (bounded look-ahead). */
function textAhead(units: Unit[], from: number): number {
  let width = 0;
  for (let k = from; k < units.length && k < from + 30; k++) {
    const u = units[k]!;
    if (u.kind === "byline" || u.kind === "heading") break;
    if (u.kind === "text") width += u.width;
  }
  return width;
}

/** The shallowest heading level in a group (0 if it has none). */
function groupLevel(units: Unit[], g: Group): number {
  let level = 0;
  for (let k = g.start; k < g.end; k++) {
    const u = units[k]!;
    if (u.kind === "heading" && (level === 0 || u.level < level)) level = u.level;
  }
  return level;
}

function findGroups(units: Unit[]): Group[] {
  const groups: Group[] = [];
  const inGroup = new Uint8Array(units.length);
  let ctx: Context = "start";
  let bodySince = 0;
  let titleLevel = 0;
  let i = 0;
  while (i < units.length) {
    const u = units[i]!;
    if (u.jump === "in") {
      // "(上接第1版)...": the rest of a story from an earlier page, never a title; joined to it later.
      // Papers often repeat the headline above the continuation: then that title group continues.
      const last = groups.at(-1);
      if (last && last.end === i && last.end > last.start) last.continues = true;
      else groups.push({ start: i, end: i, strong: true, hasHeading: false, continues: true });
      bodySince = 0;
      ctx = u.kind === "text" && u.final ? "final" : "open";
      if (u.kind === "text") bodySince++;
      i++;
      continue;
    }
    let g = tryGroup(units, i, ctx);
    // "## 一、..." under a "# title", with no byline between: a numbered section of the same article.
    if (g && u.kind === "heading" && isNumbered(u.text) && titleLevel > 0 && u.level > titleLevel && ctx !== "byline" && ctx !== "strong") g = null;
    if (g) {
      titleLevel = groupLevel(units, g);
      groups.push(g);
      for (let k = g.start; k < g.end; k++) inGroup[k] = 1;
      i = g.end;
      ctx = "open";
      bodySince = 0;
      continue;
    }
    if ((u.kind === "text" || u.kind === "authorline") && u.agency && bodySince > 0) {
      // "本报讯" opens a new article even when its title was not recognised.
      const prev = units[i - 1];
      const last = groups.at(-1);
      if (prev && prev.kind === "text" && inGroup[i - 1] === 0 && prev.shapeRelaxed && !prev.final) {
        // The line just above is its title.
        if (last && last.start === i - 1 && last.end === i - 1) last.end = i;
        else groups.push({ start: i - 1, end: i, strong: true, hasHeading: false });
        inGroup[i - 1] = 1;
      } else groups.push({ start: i, end: i, strong: true, hasHeading: false });
      bodySince = 0;
    } else if (u.kind === "text" && ctx === "byline" && bodySince > 0) {
      // Text after a byline belongs to a new article, even if its title could not be told apart.
      if (textAhead(units, i) >= 160) {
        groups.push({ start: i, end: i, strong: true, hasHeading: false });
        bodySince = 0;
      } else u.kind = u.final && u.width <= 120 ? "caption" : "drop"; // a short orphan after a byline
    }
    switch (u.kind) {
      case "text":
        bodySince++;
        ctx = !u.final ? "open" : u.text.endsWith(":") ? "colon" : "final";
        break;
      case "byline":
        ctx = "byline";
        break;
      case "drop":
        ctx = ctx === "start" ? "start" : "strong";
        break;
      case "authorline":
        // A byline line is not body yet: "本报讯 ..." right below it continues the same article. A web
        // page's meta line (no dateline or role word: "发布时间 ... 作者:张三") may stand above the title.
        ctx = u.lead ? "open" : "strong";
        break;
      default:
        break; // captions and credits float: they do not change what comes next
    }
    i++;
  }
  return filterWeakGroups(units, groups);
}

/**
 * A plain title after an ordinary paragraph (not after a byline) is weak evidence: it may be a
 * sub-heading. On a page whose titles are markdown headings such lines are sub-headings; so they are
 * on a page whose articles open with datelines (本报讯, 记者 xx) when no dateline follows them; on a
 * page whose articles end with bylines, two or more of them between two bylines are sub-headings too.
 */
function filterWeakGroups(units: Unit[], groups: Group[]): Group[] {
  let headings = 0;
  const bylineBefore = new Int32Array(units.length + 1);
  let bylines = 0;
  for (let k = 0; k < units.length; k++) {
    bylineBefore[k] = bylines;
    const kind = units[k]!.kind;
    if (kind === "heading") headings++;
    if (kind === "byline") bylines++;
  }
  const isWeak = (g: Group) => !g.strong && !g.hasHeading && g.end > g.start;
  if (headings >= 1) return groups.filter((g) => !isWeak(g));
  const strong = groups.filter((g) => g.strong && g.end > g.start);
  const withLead = strong.filter((g) => g.lead).length;
  if (withLead >= 1 && withLead * 2 >= strong.length) {
    // What opened the text below the last kept title: a lead (dateline, byline line), a closing byline,
    // or neither yet; scanned once, forward, as the groups are visited.
    let opened: "lead" | "byline" | "" = "";
    let scan = 0;
    let kept = false;
    return groups.filter((g, n) => {
      for (; scan < g.start; scan++) {
        const u = units[scan]!;
        if (opened === "" && u.kind === "byline") opened = "byline";
        else if (opened === "" && (u.kind === "authorline" || u.lead || u.agency)) opened = "lead";
      }
      const keep = !isWeak(g) || (kept && opened === "lead" && signsOff(units, g.end, groups[n + 1]?.start ?? units.length));
      if (keep) {
        kept = true;
        opened = "";
        scan = g.end;
      }
      return keep;
    });
  }
  if (bylines < 2) return groups;
  const perSegment = new Map<number, number>();
  for (const g of groups) if (isWeak(g)) perSegment.set(bylineBefore[g.start]!, (perSegment.get(bylineBefore[g.start]!) ?? 0) + 1);
  return groups.filter((g) => !isWeak(g) || (perSegment.get(bylineBefore[g.start]!) ?? 0) < 2);
}

/**
 * On a page that mixes both byline styles, a weak title below an article that named its writers at the
 * top (本报讯, 记者 xx), whose own text signs off with a closing byline "(记者 xx)", starts an article of
 * its own: one article does not carry two bylines. Does units[from, to) hold a closing byline?
 */
function signsOff(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (units[k]!.kind === "byline") return true;
  return false;
}


/**
 * Where the hand rules open an article: for each unit, 1 if a title group (or an untitled article)
 * starts there, 2 if it is a later line of a title group, else 0. The units are not changed.
 */
export function ruleStarts(units: readonly Unit[]): Uint8Array {
  const copy = units.map((u) => ({ ...u }));
  const out = new Uint8Array(units.length);
  for (const g of findGroups(copy)) {
    out[g.start] = 1;
    for (let k = g.start + 1; k < g.end; k++) out[k] = 2;
  }
  return out;
}
