import { htmlToText, looksLikeHtml } from "./html-to-text";
import { MAX_INPUT_BYTES } from "./limits";

export { normalizeText } from "./normalize";

/** A problem with an uploaded file, worded for the person who uploaded it. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

const SAMPLE = 1 << 16;

/** Share of NUL bytes at even and odd offsets of the first 64 KB. */
function nulProfile(bytes: Uint8Array): { even: number; odd: number; any: boolean } {
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even: even / Math.max(1, n / 2), odd: odd / Math.max(1, n / 2), any: even + odd > 0 };
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Characters that do not belong in a page of text: C0/C1 controls other than tab and line breaks,
 * replacement characters, private-use and non-characters.
 */
function junkShare(s: string): number {
  const n = Math.min(s.length, SAMPLE * 4);
  if (n === 0) return 0;
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c < 0xa0) ||
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      c === 0xfffe ||
      c === 0xffff
    )
      junk++;
  }
  return junk / n;
}

/** Share of characters that are printable ASCII, whitespace, CJK ideographs or CJK punctuation. */
function ordinaryShare(s: string): number {
  const n = Math.min(s.length, SAMPLE * 4);
  if (n === 0) return 0;
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027))
      ok++;
  }
  return ok / n;
}

/**
 * Share of characters in GB-encoded bytes that are printable ASCII or in the GB2312 block (common
 * hanzi and CJK punctuation, lead and trail bytes 0xA1-0xFE). Random binary that happens to decode as
 * GB18030 is full of rare extension characters instead.
 */
function gb2312Share(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let chars = 0;
  let common = 0;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    chars++;
    if (b < 0x80) {
      if (b >= 0x20 || b === 0x0a || b === 0x0d || b === 0x09) common++;
      i++;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) common++;
    // Four-byte GB18030 sequences have a digit (0x30-0x39) as second byte.
    i += t >= 0x30 && t <= 0x39 ? 4 : 2;
  }
  return chars === 0 ? 0 : common / chars;
}

/**
 * Reads BOM-less UTF-16 when it is clearly UTF-16: one byte order decodes to ordinary text (ASCII,
 * hanzi, CJK punctuation) and the other clearly does not (swapped pairs land in Hangul, Yi,
 * Gurmukhi and private-use blocks).
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const read = (enc: "utf-16le" | "utf-16be") => {
    const text = decodeStrict(bytes, enc);
    return text === null || junkShare(text) >= 0.01 ? { text: null, share: 0 } : { text, share: ordinaryShare(text) };
  };
  const le = read("utf-16le");
  const be = read("utf-16be");
  const [best, other] = le.share >= be.share ? [le, be] : [be, le];
  return best.text !== null && best.share > 0.9 && best.share - other.share > 0.2 ? best.text : null;
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)))
    throw new InputError("The file is encoded as UTF-32, which is not supported. Save it as UTF-8 text.");
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = decodeStrict(bytes.subarray(2), bytes[0] === 0xff ? "utf-16le" : "utf-16be");
    if (text === null) throw new InputError("The file starts with a UTF-16 byte-order mark but is not valid UTF-16 text.");
    return text;
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), "utf-8");
    if (text === null) throw new InputError("The file is not valid UTF-8 text (it has invalid byte sequences). Save it as UTF-8.");
    return text;
  }
  const nul = nulProfile(bytes);
  if (nul.any) {
    // UTF-16 without a byte-order mark: ASCII leaves NULs in its pairs, and so do hanzi such as 一
    // (U+4E00) and the ideographic space, on the other side. Accept it when it reads as text.
    if (bytes.length % 2 === 0 && Math.min(nul.odd, nul.even) === 0) {
      // NULs on one side only: the byte order is plain (ASCII in LE leaves them at odd offsets).
      const text = decodeStrict(bytes, nul.odd > 0 ? "utf-16le" : "utf-16be");
      if (text !== null && junkShare(text) < 0.01 && ordinaryShare(text) > 0.95) return text;
    }
    const text = utf16WithoutBom(bytes);
    if (text !== null) return text;
    throw new InputError("This looks like a binary file (it contains NUL bytes), not a page of text. Upload UTF-8 text or HTML.");
  }
  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== null) return utf8;
  // Chinese text saved by older Windows tools is GBK/GB18030; accept it only if it reads as common Chinese.
  const gb = decodeStrict(bytes, "gb18030");
  if (gb !== null && gb2312Share(bytes) > 0.97) return gb;
  // All-hanzi UTF-16 has no NUL at all; it is neither UTF-8 nor GB text, so try it last.
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return utf16;
  throw new InputError("The file is not valid UTF-8 text (it has invalid byte sequences) and does not look like text. Save it as UTF-8.");
}

/**
 * Validates and decodes an uploaded file. Accepts UTF-8 (a BOM is stripped), UTF-16 (with a BOM, or
 * without one when it clearly is UTF-16), and
 * GB18030 Chinese text; HTML is converted to plain text. Throws InputError — and only InputError — for
 * empty, whitespace-only, binary or oversized files.
 */
export function decodeInput(bytes: Uint8Array): string {
  try {
    if (!(bytes instanceof Uint8Array)) throw new InputError("No file content was received.");
    if (bytes.length === 0) throw new InputError("The file is empty.");
    if (bytes.length > MAX_INPUT_BYTES) {
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      throw new InputError(`The file is too large (${mb(bytes.length)} MB); the limit is ${mb(MAX_INPUT_BYTES)} MB.`);
    }
    let text = decodeBytes(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (junkShare(text) > 0.01) throw new InputError("The file is mostly not text (it contains control or unprintable characters). Upload UTF-8 text or HTML.");
    if (text.trim() === "") throw new InputError("The file contains only whitespace: there is no text to read.");
    if (looksLikeHtml(text)) {
      text = htmlToText(text);
      if (text.trim() === "") throw new InputError("The HTML page has no readable text.");
    }
    return text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}
