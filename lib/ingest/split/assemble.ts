// Pages assembled at training time from labelled reports and single articles, joined the ways real
// pages join reports: blank lines, single newlines, "——" lines, bullets (■ ◆), numbering (一、 1.) and
// bracketed titles (【】), with or without titles. They teach the splitter layouts the labelled pages
// have too few of; their labels are exact by construction. Deterministic for a given seed.
import type { LabelledPage, Span } from "./labels";

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same pages on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Item = {
  /** The report's text, as printed (lines separated by newlines). */
  text: string;
  /** Where it comes from, to keep a held-out page's reports out of training. */
  from: string;
};

type Style = {
  name: string;
  /** Between two items. */
  join: string;
  /** In front of item k (0-based). */
  marker: (k: number) => string;
  /** Newlines inside an item: blank lines squeezed to single newlines. */
  squeeze: boolean;
  /** Drop a title-like first line. */
  untitled: boolean;
  /** Put the first line in 【】. */
  bracket: boolean;
  /** Mark the first line as a markdown heading or bold ("## ", "**"). */
  heading?: string;
  /** Keep only the title, the first paragraph and a closing byline or credit: a page of briefs. */
  brief?: boolean;
};

const CN_NUMBERS = "一二三四五六七八九十";

const STYLES: Style[] = [
  { name: "blank", join: "\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false },
  { name: "blank-untitled", join: "\n\n", marker: () => "", squeeze: false, untitled: true, bracket: false },
  { name: "double", join: "\n\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false },
  { name: "single", join: "\n", marker: () => "", squeeze: true, untitled: false, bracket: false },
  { name: "single-untitled", join: "\n", marker: () => "", squeeze: true, untitled: true, bracket: false },
  { name: "squeezed-blank", join: "\n\n", marker: () => "", squeeze: true, untitled: false, bracket: false },
  { name: "dash", join: "\n\n——\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false },
  { name: "square", join: "\n\n", marker: () => "■", squeeze: false, untitled: false, bracket: false },
  { name: "square-untitled", join: "\n\n", marker: () => "■ ", squeeze: false, untitled: true, bracket: false },
  { name: "diamond", join: "\n\n", marker: () => "◆", squeeze: false, untitled: false, bracket: false },
  { name: "cn-number", join: "\n\n", marker: (k) => `${CN_NUMBERS[k % 10]}、`, squeeze: false, untitled: false, bracket: false },
  { name: "number", join: "\n\n", marker: (k) => `${k + 1}. `, squeeze: false, untitled: false, bracket: false },
  { name: "number-untitled", join: "\n\n", marker: (k) => `${k + 1}. `, squeeze: false, untitled: true, bracket: false },
  { name: "bracket", join: "\n\n", marker: () => "", squeeze: false, untitled: false, bracket: true },
  { name: "markdown", join: "\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false, heading: "## " },
  { name: "markdown-3", join: "\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false, heading: "### " },
  { name: "briefs", join: "\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false, brief: true },
  { name: "briefs-markdown", join: "\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false, brief: true, heading: "## " },
  { name: "briefs-single", join: "\n", marker: () => "", squeeze: true, untitled: false, bracket: false, brief: true },
  { name: "bold", join: "\n\n", marker: () => "", squeeze: false, untitled: false, bracket: false, heading: "**" },
];

/** Does the item open with a title line: short, not a sentence, with more text below? */
function titleLine(text: string): string | null {
  const nl = text.indexOf("\n");
  if (nl < 0) return null;
  const first = text.slice(0, nl).trim();
  if (first.length === 0 || first.length > 40 || /[。!?;]$|[。!?]/u.test(first)) return null;
  return first;
}

/** A closing byline or credit line: "(记者 张三)", "(张三 摄)", "记者 张三 摄". */
const CLOSING_LINE = /^[(【].{1,40}[)】]$|^.{2,30}摄$/u;

/** The title (if any), the first paragraph and the closing byline or credit of a report. */
function briefOf(text: string, titled: boolean): string {
  const paras = text.split(/\n\s*\n|\n/u).map((p) => p.trim()).filter((p) => p !== "");
  const keep = paras.slice(0, titled ? 2 : 1);
  const last = paras.at(-1);
  if (last !== undefined && paras.length > keep.length && CLOSING_LINE.test(last)) keep.push(last);
  return keep.join("\n\n");
}

/** Squeezes runs of blank lines inside a text to single newlines. */
function squeezeLines(text: string): string {
  return text.replace(/\n\s*\n+/gu, "\n");
}

/**
 * `count` pages of 1 to 7 items each, drawn from `items` without repeats inside a page, in a style
 * drawn from STYLES. The reports' spans cover each item's text after its marker.
 */
export function assemblePages(items: readonly Item[], count: number, seed: number): LabelledPage[] {
  if (items.length === 0) return [];
  const random = rng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const pages: LabelledPage[] = [];
  for (let p = 0; p < count; p++) {
    const style = STYLES[pick(STYLES.length)]!;
    const size = Math.min(items.length, [1, 2, 3, 3, 4, 4, 5, 5, 6, 7][pick(10)]!);
    const chosen = new Set<number>();
    while (chosen.size < size) chosen.add(pick(items.length));
    let text = "";
    const reports: Span[] = [];
    [...chosen].forEach((i, k) => {
      let body = items[i]!.text.trim();
      const title = titleLine(body);
      if (style.brief) body = briefOf(body, title !== null);
      if (style.untitled && title !== null) body = body.slice(body.indexOf("\n") + 1).trimStart();
      else if (style.bracket && title !== null) body = `【${title}】${body.slice(title.length)}`;
      else if (style.heading !== undefined && title !== null) {
        const close = style.heading === "**" ? "**" : "";
        body = `${style.heading}${title}${close}${body.slice(title.length)}`;
      }
      if (style.squeeze) body = squeezeLines(body);
      if (k > 0) text += style.join;
      text += style.marker(k);
      reports.push({ start: text.length, end: text.length + body.length });
      text += body;
    });
    pages.push({ id: `assembled-${seed}-${p}-${style.name}`, text: `${text}\n`, reports, origin: "assembled" });
  }
  return pages;
}
