/**
 * Atom 1.0 (RFC 4287) written as text: a small, closed vocabulary, so a template with strict
 * escaping is simpler to trust than a general XML builder. Every text is escaped and stripped of
 * characters XML 1.0 forbids; article text is never embedded as markup (type="text" only).
 */
export type AtomEntry = {
  id: string;
  title: string;
  url: string;
  /** RFC 3339 timestamps. */
  updated: string;
  published?: string | null;
  summary: string;
  authors: string[];
  categories: { term: string; label: string; scheme?: string }[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  author: string;
  entries: AtomEntry[];
};

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except lone surrogate halves and U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const el = (name: string, text: string, attrs = "") => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
const attr = (name: string, value: string) => ` ${name}="${xmlEscape(value)}"`;

function entryXml(e: AtomEntry): string {
  return [
    "  <entry>",
    `    ${el("id", e.id)}`,
    `    ${el("title", e.title, attr("type", "text"))}`,
    `    <link${attr("rel", "alternate")}${attr("type", "text/html")}${attr("href", e.url)}/>`,
    `    ${el("updated", e.updated)}`,
    ...(e.published ? [`    ${el("published", e.published)}`] : []),
    ...e.authors.map((a) => `    <author>${el("name", a)}</author>`),
    ...e.categories.map((c) => `    <category${attr("term", c.term)}${attr("label", c.label)}${c.scheme ? attr("scheme", c.scheme) : ""}/>`),
    `    ${el("summary", e.summary, attr("type", "text"))}`,
    "  </entry>",
  ].join("\n");
}

export function atomXml(f: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  ${el("id", f.id)}`,
    `  ${el("title", f.title, attr("type", "text"))}`,
    ...(f.subtitle ? [`  ${el("subtitle", f.subtitle, attr("type", "text"))}`] : []),
    `  <link${attr("rel", "self")}${attr("type", "application/atom+xml")}${attr("href", f.selfUrl)}/>`,
    `  <link${attr("rel", "alternate")}${attr("type", "text/html")}${attr("href", f.alternateUrl)}/>`,
    `  ${el("updated", f.updated)}`,
    `  <author>${el("name", f.author)}</author>`,
    `  ${el("generator", "浙江基层动态地图")}`,
    ...f.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
