/**
 * Test helper: parses an Atom document with fast-xml-parser and checks what RFC 4287 requires
 * (well-formed XML; feed id, title, updated, author, self link; each entry's id, title, updated
 * and link; RFC 3339 times), returning the entries for further checks.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type ParsedEntry = { id: string; title: string; updated: string; published?: string; link: string; summary: string; categories: string[] };
export type ParsedFeed = { id: string; title: string; updated: string; selfHref: string; entries: ParsedEntry[] };

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const arr = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const text = (x: unknown): string => (typeof x === "object" && x !== null && "#text" in x ? String((x as Record<string, unknown>)["#text"]) : String(x ?? ""));

export function parseAtom(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, trimValues: false }).parse(xml);
  const feed = doc.feed;
  if (!feed || feed["@xmlns"] !== "http://www.w3.org/2005/Atom") throw new Error("root is not an Atom feed");
  const need = (o: Record<string, unknown>, k: string, where: string) => {
    if (o[k] === undefined || text(o[k]).trim() === "") throw new Error(`${where} has no ${k}`);
    return text(o[k]);
  };
  const links = arr(feed.link) as Record<string, string>[];
  const self = links.find((l) => l["@rel"] === "self");
  if (!self) throw new Error("feed has no self link");
  if (!feed.author) throw new Error("feed has no author");
  const updated = need(feed, "updated", "feed");
  if (!RFC3339.test(updated)) throw new Error(`feed updated is not RFC 3339: ${updated}`);
  const entries = arr(feed.entry as Record<string, unknown>[]).map((e, i) => {
    const where = `entry ${i}`;
    const u = need(e, "updated", where);
    if (!RFC3339.test(u)) throw new Error(`${where} updated is not RFC 3339: ${u}`);
    const link = (arr(e.link) as Record<string, string>[]).find((l) => (l["@rel"] ?? "alternate") === "alternate");
    if (!link?.["@href"]) throw new Error(`${where} has no alternate link`);
    return {
      id: need(e, "id", where),
      title: need(e, "title", where),
      updated: u,
      published: e.published === undefined ? undefined : text(e.published),
      link: link["@href"],
      summary: text(e.summary),
      categories: (arr(e.category) as Record<string, string>[]).map((c) => c["@term"]!),
    };
  });
  return { id: need(feed, "id", "feed"), title: need(feed, "title", "feed"), updated, selfHref: self["@href"]!, entries };
}
