import {
  creditStart,
  endsSentence,
  isCaptionStart,
  isNumbered,
  leadingDateline,
  quoteCount,
  stripJumps,
} from "./line-kinds";
import { parseNameList } from "./names";
import { cleanBodySpaces, cleanTitle } from "./normalize";
import { RESCAN_WINDOW, rescannedTailLength } from "./rescan";
import type { Unit } from "./units";

export type SegmentedArticle = {
  /** 0-based order on the page. */
  position: number;
  /** "" if none could be found. */
  title: string;
  /** Person names only, e.g. ["马可远", "金棋"]. */
  authors: string[];
  /** Clean text, paragraphs joined by "\n\n". */
  body: string;
  /** Photo captions taken out of the body. */
  captions: string[];
  /**
   * Where the article says it comes from, cut off the body: its dateline ("金华日报讯(通讯员 xx)",
   * "本报杭州8月22日讯"), or, when the dateline names no paper (本报讯) or there is none, the paper or
   * account in the page's masthead above it ("宁波日报", "xx发布"). Absent if neither is printed.
   */
  source?: string;
};

const TAIL = RESCAN_WINDOW + 28;

/**
 * A paragraph being assembled from lines. Pieces are kept in an array and only the tail is inspected,
 * so a paragraph made of a million wrapped lines costs linear time (appending to one string and reading
 * its end would flatten it again after every line).
 */
class Paragraph {
  private parts: string[] = [];
  /** The last TAIL characters, kept up to date so that reading the end never walks the parts. */
  private end = "";
  /** Number of '"' in the paragraph, to tell whether a quotation is still open. */
  quotes = 0;
  constructor(
    first: string,
    public standalone: boolean,
    public last: Unit,
  ) {
    this.append(first);
  }
  append(s: string): void {
    this.parts.push(s);
    this.quotes += quoteCount(s);
    this.end = s.length >= TAIL ? s.slice(-TAIL) : (this.end + s).slice(-TAIL);
  }
  /** The last n (<= TAIL) characters, fewer if the paragraph is shorter. */
  tail(n: number): string {
    return this.end.length > n ? this.end.slice(-n) : this.end;
  }
  dropEnd(n: number): void {
    this.quotes -= quoteCount(this.tail(n));
    let k = n;
    while (k > 0 && this.parts.length > 0) {
      const p = this.parts.pop()!;
      if (p.length > k) {
        this.parts.push(p.slice(0, p.length - k));
        k = 0;
      } else k -= p.length;
    }
    // Rebuild the cached end from the last parts (a rare path: only after an OCR repeat).
    let end = "";
    for (let i = this.parts.length - 1; i >= 0 && end.length < TAIL; i--) end = this.parts[i]! + end;
    this.end = end.slice(-TAIL);
  }
  ends(): boolean {
    return endsSentence(this.end);
  }
  text(): string {
    return this.parts.join("");
  }
}

/** "(一)", "一、", "1.", "一是": a list item starts a paragraph even after an unfinished line. */
const LIST_START = /^(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十0-9]{1,3}[)]|[0-9]{1,2}[、.](?![0-9])|[①-⑳]|[一二三四五六七八九十]是)/u;
const OPENING_PUNCT = /^[,、。:;!?")」』】…]/u;
const SOURCE_TAG_ALONE = /^[(【]([\u4e00-\u9fff、《》 ]{1,24})[)】]$/u;
const SOURCE_TAG_END = /(?<=[。!?…"'])[(【]([\u4e00-\u9fff、《》 ]{1,24})[)】]$/u;
/**
 * A caption printed in parentheses inside a sentence, as OCR reads a photo set into a column:
 * "统一 (图为xx民宿。潘 亮 摄) 标准". Bounded, with no nested brackets, so it scans linearly.
 */
const INLINE_CAPTION = /[(【]\s*((?:图为|上图|下图|左图|右图|图中|图片为)[^()【】]{2,150}?)\s*[)】]/gu;
/**
 * A short self-contained line printed between the two halves of a sentence broken across columns is a
 * photo caption: `开展"大走访大调` / `滨江区开展"百名干部助百企"精准服务。` / `研大服务大解题",35名...`.
 * Evidence that the halves belong together: a quote left open before and closed after, or extra blank
 * lines around the inserted text. The caption may itself be wrapped over a few lines (`run`).
 * Returns how many units the caption spans, or 0.
 */
function floatingCaption(before: Paragraph, units: Unit[], idx: number): number {
  const c = units[idx]!;
  if (OPENING_PUNCT.test(c.text)) return 0;
  // Without blank lines around it, only a one-line, finished sentence that is not a column wrap qualifies.
  let end = idx + 1;
  if (c.gapBefore > 0) while (end < units.length && end - idx < 4 && units[end]!.kind === "text" && units[end]!.gapBefore === 0) end++;
  const d = units[end];
  if (d === undefined || d.kind !== "text" || (c.gapBefore > 0 && d.gapBefore === 0)) return 0;
  const run = units.slice(idx, end);
  const text = run.map((u) => u.text).join("");
  const width = run.reduce((w, u) => w + u.width, 0);
  const final = run.at(-1)!.final;
  if (width > 100) return 0;
  const quotesAcross = before.quotes % 2 === 1 && quoteCount(text) % 2 === 0 && quoteCount(d.text) % 2 === 1;
  if (c.gapBefore === 0) return quotesAcross && final && !c.wrapped ? 1 : 0;
  if (quotesAcross) return final || width <= 80 ? run.length : 0;
  const cjk = text.replace(/[^\u3400-\u9fff]/gu, "").length;
  const extraBlank = c.gapBefore >= 2 || d.gapBefore >= 2;
  return extraBlank && final && cjk >= 8 && (text.match(/。/gu) ?? []).length <= 1 ? run.length : 0;
}

/** A title-shaped line standing between finished paragraphs is a sub-heading: never glued to the next. */
function isSubheading(u: Unit): boolean {
  // "本报讯(记者 张三)近日" broken off at the line end is a dateline, whatever its shape.
  if (u.final || u.columnLike || u.lead || u.agency) return false;
  if (isNumbered(u.text)) return u.width <= 60;
  // Sub-headings are short phrases; a longer line or one with a comma is more likely a broken sentence.
  return u.width <= 40 && !u.text.includes(",") && u.shape;
}

/** Captions are cleaned like body text, except that a credit keeps the space before 摄 ("张三 摄"). */
function cleanCaption(s: string): string {
  const at = creditStart(s);
  if (at === -1) return cleanBodySpaces(s).trim();
  return cleanBodySpaces(s.slice(0, at)).trim() + s.slice(at).replace(/\s+/gu, " ").trim();
}

/** A dateline that names its paper ("金华日报讯"), not just "this paper" (本报讯). */
const OWN_PAPER = /^[■□●◆◇\s]*本(?:报|刊|网|台)/u;

/**
 * Assembles one article from its title and the units below it. `masthead`: the paper or account named
 * by the page furniture above the article, if any.
 */
export function buildArticle(title: string, units: Unit[], masthead?: string): SegmentedArticle {
  const authors: string[] = [];
  const captions: string[] = [];
  const paras: Paragraph[] = [];
  const addAuthors = (names: string[]) => {
    for (const n of names) if (!authors.includes(n)) authors.push(n);
  };
  let prevKind = "";
  let creditAlone = false;
  let dateline: string | undefined;

  for (let idx = 0; idx < units.length; idx++) {
    const u = units[idx]!;
    const kind = u.kind;
    switch (kind) {
      case "byline":
      case "authorline":
        addAuthors(u.names);
        if (kind === "authorline" && u.agency && dateline === undefined) dateline = u.text;
        break;
      case "caption": {
        // A caption wrapped over lines: "图为xx街道," / "居民在议事。"
        let caption = u.text;
        for (let next = units[idx + 1]; next && next.gapBefore === 0 && !endsSentence(caption) && caption.length < 200; next = units[idx + 1]) {
          const continues = next.kind === "text" || (next.kind === "caption" && !isCaptionStart(next.text));
          if (!continues) break;
          caption += next.text;
          idx++;
        }
        if (prevKind === "credit" && creditAlone && captions.length > 0) {
          // "(张三 摄)" printed above its caption.
          captions[captions.length - 1] = `${caption} ${captions.at(-1)!}`;
        } else captions.push(caption);
        creditAlone = false;
        break;
      }
      case "credit":
        if (prevKind === "caption" && captions.length > 0) {
          captions[captions.length - 1] = `${captions.at(-1)!} ${u.text}`;
          creditAlone = false;
        } else {
          captions.push(u.text);
          creditAlone = true;
        }
        break;
      case "text": {
        const text = u.text;
        const last = paras.at(-1);
        if (last === undefined) {
          paras.push(new Paragraph(text, isSubheading(u), u));
        } else if (!last.standalone && !last.ends() && !(u.gapBefore > 0 && LIST_START.test(text))) {
          const span = floatingCaption(last, units, idx);
          if (span > 0) {
            captions.push(units.slice(idx, idx + span).map((x) => x.text).join(""));
            idx += span - 1;
            prevKind = "caption"; // a credit printed right after it belongs to it
            continue;
          }
          // A rescanned strip starts a new block; inside a wrapped block similar lines are parallel clauses.
          const repeated = u.gapBefore > 0 || !u.wrapped ? rescannedTailLength(last.tail(RESCAN_WINDOW + 1), text.slice(0, RESCAN_WINDOW + 2)) : 0;
          if (repeated > 0) last.dropEnd(repeated);
          last.append(text);
          last.last = u;
        } else if (
          !last.standalone &&
          u.gapBefore === 0 &&
          !u.indent &&
          last.last.block === u.block &&
          last.last.wrapped &&
          last.last.width >= 0.8 * last.last.blockWidth
        ) {
          // In a wrapped column a full-width line that happens to end with 。 is still a wrap.
          last.append(text);
          last.last = u;
        } else {
          paras.push(new Paragraph(text, isSubheading(u), u));
        }
        break;
      }
      case "heading":
        // A heading inside an article: a later heading in single-article mode, "## 一、..." sections.
        paras.push(new Paragraph(u.text, true, u));
        break;
      default:
        break; // "drop" lines are page furniture
    }
    prevKind = kind;
  }

  const texts = paras.map((p) => p.text());
  // "本报讯(记者 张三 通讯员 李四)近日,..." opening the first paragraph (possibly wrapped over lines).
  const lead = texts[0] !== undefined && !paras[0]!.standalone ? leadingDateline(texts[0]) : null;
  if (lead) {
    // The dateline comes first on the page: its writers lead the list.
    const rest = authors.splice(0);
    addAuthors(lead.names);
    addAuthors(rest);
    if (lead.agency && dateline === undefined) dateline = texts[0]!.slice(0, texts[0]!.length - lead.rest.length).trim();
    texts[0] = lead.rest;
  }
  for (let k = 0; k < texts.length; k++) {
    let t = texts[k]!;
    if (t.includes("图")) {
      t = t.replace(INLINE_CAPTION, (_, caption: string) => {
        captions.push(caption);
        return "";
      });
    }
    texts[k] = cleanBodySpaces(stripJumps(t)).trim();
  }
  for (let k = texts.length - 1; k >= 0; k--) if (texts[k] === "") texts.splice(k, 1);
  // A short parenthetical after the article's last sentence is a source tag, "(龙泉)", "(完)",
  // "(开化县纪委监委)", "(据《湖州日报》)", or a closing byline wrapped over two lines, "(柯" / "宣)":
  // its names are authors, anything else is not body text.
  const lastText = texts.at(-1);
  if (lastText !== undefined) {
    const tag = SOURCE_TAG_ALONE.exec(lastText) ?? SOURCE_TAG_END.exec(lastText);
    if (tag) {
      addAuthors(parseNameList(tag[1]!)?.names ?? []);
      const rest = lastText.slice(0, tag.index);
      if (rest === "") texts.pop();
      else texts[texts.length - 1] = rest;
    }
  }
  const body = texts.join("\n\n");
  const article: SegmentedArticle = {
    position: 0,
    title: cleanTitle(title),
    authors,
    body,
    captions: captions.map(cleanCaption).filter((c) => c !== ""),
  };
  const source = dateline !== undefined && !OWN_PAPER.test(dateline) ? dateline : (masthead ?? dateline);
  if (source !== undefined) article.source = source;
  return article;
}
