/**
 * Bytes of a fetched page -> text. The charset comes from, in this order: the source's own
 * `encoding` (the operator knows better than a site that lies), the Content-Type header, a byte-order
 * mark, <meta charset> / <meta http-equiv> or an XML declaration in the first 4 KB; failing all,
 * strict UTF-8, else GB18030 (what an unlabelled Chinese page is in practice).
 * GBK and GB2312 are decoded as GB18030, their superset, so no valid byte sequence is lost.
 */
import iconv from "iconv-lite";

export type Decoded = { text: string; charset: string; from: "config" | "header" | "bom" | "meta" | "sniff" };

const LABELS: Record<string, string> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  gbk: "gb18030",
  gb2312: "gb18030",
  gb_2312: "gb18030",
  "gb_2312-80": "gb18030",
  "x-gbk": "gb18030",
  cp936: "gb18030",
  "windows-936": "gb18030",
  euccn: "gb18030",
  "euc-cn": "gb18030",
  "iso-ir-58": "gb18030",
  chinese: "gb18030",
  gb18030: "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  "x-x-big5": "big5",
  "cn-big5": "big5",
  cp950: "big5",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  "utf-16": "utf-16le",
  "iso-8859-1": "windows-1252",
  "us-ascii": "windows-1252",
  "windows-1252": "windows-1252",
};

/** A charset label as written by a site -> the decoder we use, or null when unknown. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  return LABELS[l] ?? null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? "");
  return m ? canonicalCharset(m[1]) : null;
}

function charsetFromBom(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return null;
}

/** <meta charset>, <meta http-equiv="Content-Type" content="...charset=...">, <?xml encoding="..."?>. */
export function charsetFromMarkup(b: Uint8Array): string | null {
  const head = Buffer.from(b.subarray(0, 4096)).toString("latin1");
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (meta) return canonicalCharset(meta[1]);
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.-]+)["']/i.exec(head);
  if (xml) return canonicalCharset(xml[1]);
  return null;
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

function run(b: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), charset, { stripBOM: true });
}

export function decodeBody(bytes: Uint8Array, opts: { contentType?: string | null; configured?: string | null } = {}): Decoded {
  const configured = canonicalCharset(opts.configured);
  if (configured) return { text: run(bytes, configured), charset: configured, from: "config" };
  const header = charsetFromContentType(opts.contentType);
  if (header) return { text: run(bytes, header), charset: header, from: "header" };
  const bom = charsetFromBom(bytes);
  if (bom) return { text: run(bytes.subarray(bom.skip), bom.charset), charset: bom.charset, from: "bom" };
  const meta = charsetFromMarkup(bytes);
  if (meta) return { text: run(bytes, meta), charset: meta, from: "meta" };
  const sniffed = isValidUtf8(bytes) ? "utf-8" : "gb18030";
  return { text: run(bytes, sniffed), charset: sniffed, from: "sniff" };
}
