/**
 * HTML -> page text for the segmenter: scripts, styles and navigation go, headings become markdown
 * headings (so they are read as titles), block elements become paragraph breaks, entities are decoded.
 * Regexes are written so that no input (unclosed tags, stray "<") makes them scan quadratically.
 */

const LOOKS_LIKE_HTML = /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<!--)/iu;
const BLOCK_TAG_SAMPLE = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|section|article|span|a|img|strong|b|em|font)\b[^<>]{0,300}>/giu;

/** Is this decoded text an HTML document (or a fragment made mostly of HTML tags)? */
export function looksLikeHtml(text: string): boolean {
  if (LOOKS_LIKE_HTML.test(text.slice(0, 2000))) return true;
  const head = text.slice(0, 20000);
  if (!/^\s*</u.test(head)) return false;
  let tags = 0;
  BLOCK_TAG_SAMPLE.lastIndex = 0;
  while (BLOCK_TAG_SAMPLE.exec(head) !== null && tags < 3) tags++;
  return tags >= 3;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", laquo: "«", raquo: "»", hellip: "…", mdash: "—",
  ndash: "–", middot: "·", bull: "•", times: "×", divide: "÷", deg: "°", plusmn: "±", copy: "©",
  reg: "®", trade: "™", yen: "¥", euro: "€", pound: "£", sect: "§", para: "¶", permil: "‰",
  rarr: "→", larr: "←", uarr: "↑", darr: "↓", shy: "", zwj: "", zwnj: "", lrm: "", rlm: "",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/gu, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Removes <tag ...>...</tag> for the given tag names (non-greedy; an unclosed one runs to the end). */
function dropElements(s: string, tags: string[]): string {
  let out = s;
  for (const tag of tags) {
    out = out.replace(new RegExp(`<${tag}\\b[^<>]*>[\\s\\S]*?(?:</${tag}\\s*>|$)`, "giu"), " ");
  }
  return out;
}

const BLOCK = /<\/?(?:h[1-6]|p|div|section|article|main|header|blockquote|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|figure|figcaption|pre|center|address|hr|caption|details|summary)\b[^<>]*>/giu;
const HEADING_OPEN = /<h([1-6])\b[^<>]*>/giu;
const MAX_HEADING = 1000;

/**
 * <hN>...</hN> -> "\n\n## ...\n\n". Closing tags are found with indexOf, remembering the next closing
 * tag of each level, so a document full of unclosed headings is still scanned once.
 */
function convertHeadings(s: string): string {
  const lower = s.toLowerCase();
  const nextClose = new Array<number>(7).fill(-2);
  let out = "";
  let copied = 0;
  HEADING_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEADING_OPEN.exec(s)) !== null) {
    const level = Number(m[1]);
    const innerStart = m.index + m[0].length;
    if (nextClose[level]! !== -1 && nextClose[level]! < innerStart) nextClose[level] = lower.indexOf(`</h${level}`, innerStart);
    const close = nextClose[level]!;
    if (close === -1 || close - innerStart > MAX_HEADING) continue;
    const closeEnd = lower.indexOf(">", close);
    if (closeEnd === -1) continue;
    const text = s.slice(innerStart, close).replace(ANY_TAG, " ").replace(/\s+/gu, " ").trim();
    out += s.slice(copied, m.index) + (text === "" ? "\n\n" : `\n\n${"#".repeat(level)} ${text}\n\n`);
    copied = closeEnd + 1;
    HEADING_OPEN.lastIndex = copied;
  }
  return out + s.slice(copied);
}
const ANY_TAG = /<\/?[a-zA-Z!?][^<>]*>/gu;

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?(?:-->|$)/gu, " ");
  s = dropElements(s, ["script", "style", "noscript", "template", "head", "svg", "iframe", "nav", "footer", "aside", "form", "select", "button", "object"]);
  // HTML whitespace is not layout: only tags make lines.
  s = s.replace(/\s+/gu, " ");
  s = convertHeadings(s);
  s = s.replace(/<br\s*\/?>/giu, "\n").replace(BLOCK, "\n\n").replace(/<\/?t[dh]\b[^<>]*>/giu, " ");
  s = s.replace(ANY_TAG, "");
  s = decodeEntities(s);
  return s
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
