// Small string helpers shared by the scorer, the formatter and the corpus checks.

const WS = /\s+/g;

/** Removes all whitespace: layout (line breaks, stray spaces in CJK text) must not decide a comparison. */
export function squash(s: string): string {
  return s.replace(WS, "");
}

/** Trims and collapses whitespace runs to one space (titles keep their one separating space). */
export function collapse(s: string): string {
  return s.trim().replace(WS, " ");
}

const FULL_TO_ASCII: Record<string, string> = {
  "，": ",", "（": "(", "）": ")", "“": '"', "”": '"', "‘": "'", "’": "'",
  "：": ":", "；": ";", "！": "!", "？": "?",
};

/**
 * The project-wide text normalization (common.md): full-width ，（）“”‘’：；！？ to ASCII, full-width
 * digits and Latin letters to ASCII; 。、《》—…· unchanged. Whitespace is left alone (callers squash).
 */
export function normalizeText(s: string): string {
  let out = "";
  for (const ch of s) {
    const mapped = FULL_TO_ASCII[ch];
    if (mapped !== undefined) out += mapped;
    else {
      const c = ch.codePointAt(0) ?? 0;
      // U+FF10..FF19 digits, U+FF21..FF3A and U+FF41..FF5A letters sit 0xFEE0 above ASCII.
      if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
        out += String.fromCodePoint(c - 0xfee0);
      else out += ch;
    }
  }
  return out;
}

/**
 * A trailing photo credit such as "(记者 王丽 摄)" is layout, not caption text; strip it before comparing.
 * OCR'd papers also print the whole caption in parentheses with a bare credit after its last full stop,
 * "(图为…。潘 亮 摄)": the outer parentheses and the credit go too.
 */
export function stripPhotoCredit(caption: string): string {
  let s = squash(caption);
  const wrapped = /^[(（](图为.*)[)）]$/u.exec(s);
  if (wrapped?.[1] && !/[()（）]/u.test(wrapped[1])) s = wrapped[1];
  return s.replace(/[(（][^()（）]{0,30}摄[)）]$/u, "").replace(/(?<=。)[^。()（）]{1,20}摄$/u, "");
}

function bigrams(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Character-bigram Dice coefficient of the squashed strings (0..1). */
export function dice(a: string, b: string): number {
  const x = bigrams(squash(a));
  const y = bigrams(squash(b));
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of y) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      common++;
      counts.set(g, c - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Terminal display width: CJK and full-width forms take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Cuts to at most `width` columns (with "…" when cut) and pads with spaces to exactly `width`. */
export function fit(s: string, width: number, align: "left" | "right" = "left"): string {
  let out = s;
  if (displayWidth(out) > width) {
    let acc = "";
    for (const ch of out) {
      if (displayWidth(acc + ch) > width - 1) break;
      acc += ch;
    }
    out = `${acc}…`;
  }
  const padding = " ".repeat(Math.max(0, width - displayWidth(out)));
  return align === "left" ? out + padding : padding + out;
}
