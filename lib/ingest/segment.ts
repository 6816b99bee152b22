import { buildArticle, type SegmentedArticle } from "./article";
import { endsSentence, isNumbered, isSubtitle } from "./line-kinds";
import { toUnits, type Unit } from "./units";

export { normalizeText } from "./normalize";
export type { SegmentedArticle } from "./article";

/**
 * units[start, end) are the title lines of an article; start === end for an article without a title.
 * `lead`: the text below opens with a dateline or byline.
 */
type Group = { start: number; end: number; strong: boolean; hasHeading: boolean; lead?: boolean; continues?: boolean };

/** What the text before a line says about whether a title may start there. */
type Context = "start" | "byline" | "strong" | "final" | "colon" | "open";

const MAX_GROUP = 5;
const OPENING_PUNCT = /^[,、。:;!?)」』】…]/u;
const MAX_PLAIN_TITLE_LINES = 3;

/**
 * A plain line that could be (part of) a headline, judged with its block's layout. `afterByline`: the
 * line follows a byline or editor line, where a title is expected: shapes are judged more loosely and
 * a line nearly as wide as a narrow column may still be the title.
 */
function plainTitleLine(u: Unit, afterByline: boolean): boolean {
  if (u.kind !== "text" || u.agency) return false;
  // A line as wide as the text column that runs on is a wrap, whatever its shape.
  if (u.columnLike && !(afterByline && u.width < u.blockWidth)) return false;
  return u.subtitle || (!isNumbered(u.text) && (afterByline ? u.shapeRelaxed : u.shape));
}

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

function headingLevelCounts(units: Unit[], groups: Group[]): Map<number, number> {
  // How many title groups use each heading level: a level used once, above others, marks a page section.
  const counts = new Map<number, number>();
  for (const g of groups) {
    const levels = new Set<number>();
    for (let k = g.start; k < g.end; k++) if (units[k]!.kind === "heading") levels.add(units[k]!.level);
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

/** A whole page of text -> its articles, in page order. Never throws. */
export function segmentPage(text: string): SegmentedArticle[] {
  const units = toUnits(text);
  if (units.length === 0) return [];
  const groups = findGroups(units);
  const levelCounts = headingLevelCounts(units, groups);
  const out: SegmentedArticle[] = [];
  // The paper or account named by the furniture above each unit (mastheads repeat on every page).
  const paperAt: (string | undefined)[] = new Array(units.length);
  let paper: string | undefined;
  units.forEach((u, k) => {
    paperAt[k] = paper;
    if (u.paper) paper = u.paper;
  });
  const push = (title: Unit[], body: Unit[], start: number) => {
    const a = buildArticle(pickTitle(title, levelCounts), body, paperAt[start] ?? paper);
    if (a.title === "" && a.body === "") {
      // Nothing but bylines or captions: they belong to the article before.
      const prev = out.at(-1);
      if (prev) {
        for (const c of a.captions) prev.captions.push(c);
        for (const n of a.authors) if (!prev.authors.includes(n)) prev.authors.push(n);
      }
      return;
    }
    a.position = out.length;
    out.push(a);
  };
  const firstStart = groups[0]?.start ?? units.length;
  const parts = joinContinued(units, groups);
  if (firstStart > 0) {
    const lead = units.slice(0, firstStart);
    const onlyTitle =
      groups.length === 0 && lead.length <= MAX_PLAIN_TITLE_LINES && lead.every((u) => u.kind === "text" && !u.final && plainTitleLine(u, true));
    const meta = lead.filter(isWebMeta);
    if (onlyTitle) push(lead, [], 0);
    // Chrome above the first title is nothing; a web meta line there names the first article's writers.
    else if (parts[0] && lead.every((u) => isFurniture(u) || isWebMeta(u))) parts[0].body.unshift(...meta);
    else if (!lead.every(isFurniture)) push([], lead, 0);
  }
  for (const part of parts) {
    if (part.body.every(isFurniture) && part.title.length > 0 && groups.length > 1 && !part.title.some((u) => u.kind === "heading")) continue;
    push(part.title, part.body, part.start);
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

/** `start`: the index of the group's first unit. */
type Part = { title: Unit[]; body: Unit[]; start: number };

const compact = (lines: Unit[]) => lines.map((u) => u.text.replace(/\s+/gu, "")).join("");

/** A continuation without a title of its own, or under a repeat of the story's headline (or part of it). */
function sameStory(story: Unit[], continuation: Unit[]): boolean {
  if (continuation.length === 0) return true;
  const a = compact(story);
  return continuation.some((u) => {
    const t = u.text.replace(/\s+/gu, "");
    return t.length >= 4 && a.includes(t);
  });
}

/**
 * Title and body units of each group, with every "(上接第N版)" continuation appended to the story it
 * continues: the latest earlier one whose text broke off with "(下转第N版)" and has not been continued yet.
 * A continuation nobody announced stays an untitled article of its own.
 */
function joinContinued(units: Unit[], groups: Group[]): Part[] {
  const parts: Part[] = [];
  const waiting: Part[] = [];
  groups.forEach((g, n) => {
    const end = groups[n + 1]?.start ?? units.length;
    const part = { title: units.slice(g.start, g.end), body: units.slice(g.end, end), start: g.start };
    const top = waiting.at(-1);
    const owner = g.continues && top && sameStory(top.title, part.title) ? waiting.pop() : undefined;
    if (owner) for (const u of part.body) owner.body.push(u);
    else parts.push(part);
    const target = owner ?? part;
    const broke = part.body.some((u) => u.jump === "out");
    if (broke) waiting.push(target);
  });
  return parts;
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
