const FULL_TO_ASCII: Record<string, string> = {
  "，": ",", "（": "(", "）": ")", "“": '"', "”": '"', "‘": "'", "’": "'",
  "：": ":", "；": ";", "！": "!", "？": "?",
};

const NORMALIZE_RE = /[，（）“”‘’：；！？０-９Ａ-Ｚａ-ｚ]/gu;

/**
 * The project-wide normalization (common.md): full-width ，（）“”‘’：；！？ become ASCII, full-width
 * digits and Latin letters become ASCII; 。、《》—…· and everything else stay as they are.
 */
export function normalizeText(s: string): string {
  return s.replace(NORMALIZE_RE, (ch) => FULL_TO_ASCII[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Layout normalization done before segmenting: one kind of line break, every horizontal space (ideographic
 * space used for paragraph indents, NBSP, tabs) becomes an ASCII space, invisible characters go.
 */
export function prepareLayout(s: string): string {
  return s
    .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/gu, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, "")
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu, " ")
    // Other control characters are noise from copy/paste or OCR.
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/gu, "");
}

const ASCII_ALNUM = /[0-9A-Za-z]/u;
const DIGIT = /[0-9]/u;
const SPACE_RUN = / +/gu;

/**
 * Is the space at whole[offset] an OCR split inside a number ("2 6个", "3 2万人次")? A one-character
 * space after a lone digit or two that follow no letter, digit or decimal point (spaces skipped):
 * "0571 8888" and "Top 10 20" keep theirs.
 */
function splitNumber(whole: string, offset: number, length: number): boolean {
  if (length !== 1 || !DIGIT.test(whole[offset + 1] ?? "")) return false;
  let k = offset - 1;
  while (k >= 0 && DIGIT.test(whole[k]!)) k--;
  const digits = offset - 1 - k;
  while (k >= 0 && whole[k] === " ") k--;
  const lead = whole[k];
  return digits >= 1 && digits <= 2 && (lead === undefined || !(ASCII_ALNUM.test(lead) || lead === "."));
}

/**
 * Spaces inside Chinese text are layout noise ("跟 上", "。 三合镇"); only a space between two ASCII
 * letters/digits carries meaning ("Hello world", "5G 基站" keeps none, "ETC PAD" keeps one), except
 * OCR's stray space inside a number in Chinese text ("接待游客3 2万人次").
 */
export function cleanBodySpaces(s: string): string {
  return s.replace(SPACE_RUN, (m, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + m.length];
    if (before === undefined || after === undefined || !ASCII_ALNUM.test(before) || !ASCII_ALNUM.test(after)) return "";
    return splitNumber(whole, offset, m.length) ? "" : " ";
  });
}

/** Titles keep one space between their phrases ("服务提标 保障升级"); layout bullets ("■ ") go. */
export function cleanTitle(s: string): string {
  return s
    .replace(/\*\*|__/gu, "")
    .replace(/^[\s■□●◆◇○◎★☆▌▍]+/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}
