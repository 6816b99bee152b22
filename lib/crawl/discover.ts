/**
 * Index documents -> the addresses they list: RSS 2.0, RSS 1.0 (RDF) and Atom feeds (detected from
 * the root element), sitemaps and sitemap indexes, and HTML list pages (links matching a regex; with
 * `follow`, the 版面 pages one level down whose links are read as well).
 */
import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { isCalendarDate } from "../calendar-date";
import { normalizeUrl } from "./url";

export type Entry = { url: string; date: string | null };
export type Discovered = { articles: Entry[]; listings: string[]; sitemaps: string[]; format: string };

export class DiscoverError extends Error {}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ["item", "entry", "link", "url", "sitemap"].includes(name),
});

const arr = <T>(x: T | T[] | undefined | null): T[] => (x == null ? [] : Array.isArray(x) ? x : [x]);

function text(x: unknown): string | null {
  if (x == null) return null;
  if (typeof x === "string" || typeof x === "number") return String(x).trim() || null;
  if (typeof x === "object" && "#text" in (x as Record<string, unknown>)) return text((x as Record<string, unknown>)["#text"]);
  return null;
}

/** A feed or sitemap date -> YYYY-MM-DD in China Standard Time (dates without a time stay as given). */
export function isoDay(raw: string | null): string | null {
  if (!raw) return null;
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (plain) return isCalendarDate(raw.trim()) ? raw.trim() : null;
  const t = Date.parse(raw);
  if (Number.isNaN(t)) return null;
  const d = new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
  return isCalendarDate(d) ? d : null;
}

function parseXml(body: string): Record<string, unknown> {
  try {
    return xml.parse(body) as Record<string, unknown>;
  } catch (e) {
    throw new DiscoverError(`not well-formed XML: ${(e as Error).message.split("\n")[0]}`);
  }
}

function entries(list: { link: string | null; date: string | null }[], base: string): Entry[] {
  const out: Entry[] = [];
  for (const e of list) {
    const url = e.link ? normalizeUrl(e.link, base) : null;
    if (url) out.push({ url, date: isoDay(e.date) });
  }
  return out;
}

export function discoverFeed(body: string, base: string): Discovered {
  const doc = parseXml(body);
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss) {
    const channel = (arr(rss.channel)[0] ?? {}) as Record<string, unknown>;
    const items = arr(channel.item as Record<string, unknown>[]).map((it) => {
      const guid = it.guid as Record<string, unknown> | string | undefined;
      const permalink = typeof guid === "object" && guid?.["@isPermaLink"] !== "false" ? text(guid) : typeof guid === "string" ? guid : null;
      return { link: text(arr(it.link)[0]) ?? (permalink && /^https?:/i.test(permalink) ? permalink : null), date: text(it.pubDate) ?? text(it["dc:date"]) };
    });
    return { articles: entries(items, base), listings: [], sitemaps: [], format: "RSS 2.0" };
  }
  const atom = doc.feed as Record<string, unknown> | undefined;
  if (atom) {
    const items = arr(atom.entry as Record<string, unknown>[]).map((en) => {
      const links = arr(en.link as (Record<string, unknown> | string)[]);
      const alt =
        links.find((l) => typeof l === "object" && (!l["@rel"] || l["@rel"] === "alternate") && (!l["@type"] || /html/i.test(String(l["@type"])))) ?? links[0];
      const href = typeof alt === "object" ? text(alt["@href"]) : text(alt);
      return { link: href, date: text(en.published) ?? text(en.updated) };
    });
    return { articles: entries(items, base), listings: [], sitemaps: [], format: "Atom" };
  }
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  if (rdf) {
    const items = arr(rdf.item as Record<string, unknown>[]).map((it) => ({ link: text(arr(it.link)[0]) ?? text(it["@rdf:about"]), date: text(it["dc:date"]) }));
    return { articles: entries(items, base), listings: [], sitemaps: [], format: "RSS 1.0" };
  }
  throw new DiscoverError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)");
}

export function discoverSitemap(body: string, base: string): Discovered {
  const doc = parseXml(body);
  const index = doc.sitemapindex as Record<string, unknown> | undefined;
  if (index) {
    const sitemaps = arr(index.sitemap as Record<string, unknown>[])
      .map((s) => normalizeUrl(text(s.loc) ?? "", base))
      .filter((u): u is string => !!u);
    return { articles: [], listings: [], sitemaps, format: "sitemap index" };
  }
  const set = doc.urlset as Record<string, unknown> | undefined;
  if (!set) throw new DiscoverError("not a sitemap (no <urlset> or <sitemapindex> root)");
  const items = arr(set.url as Record<string, unknown>[]).map((u) => {
    const news = u["news:news"] as Record<string, unknown> | undefined;
    return { link: text(u.loc), date: text(news?.["news:publication_date"]) ?? text(u.lastmod) };
  });
  return { articles: entries(items, base), listings: [], sitemaps: [], format: "sitemap" };
}

/**
 * Links of an HTML page: those matching `match` are articles, those matching `follow` are listing
 * pages (read one level down). Document order is kept; each address once.
 */
export function discoverLinks(html: string, base: string, match: string, follow?: string): Discovered {
  const { document } = parseHTML(html);
  // <base href> changes what relative links mean.
  const baseHref = document.querySelector("base[href]")?.getAttribute("href");
  const effectiveBase = (baseHref && normalizeUrl(baseHref, base)) || base;
  const articleRe = new RegExp(match, "u");
  const followRe = follow ? new RegExp(follow, "u") : null;
  const articles: Entry[] = [];
  const listings: string[] = [];
  const seen = new Set<string>();
  // Zhejiang's government CMS (…/col/colNNN/index.html) ships its list as records inside
  // <script type="text/xml"><datastore>…<![CDATA[<a href=…>]]>; those links count too.
  const hrefs = [...document.querySelectorAll("a[href], area[href]")].map((a) => a.getAttribute("href") ?? "");
  for (const block of html.matchAll(/<script\b[^>]*type\s*=\s*["']?text\/xml[^>]*>([\s\S]*?)<\/script>/giu)) {
    for (const m of block[1]!.matchAll(/href\s*=\s*["']([^"'<>\s]{1,2000})["']/giu)) hrefs.push(m[1]!.replace(/&amp;/g, "&"));
  }
  for (const href of hrefs) {
    const url = normalizeUrl(href, effectiveBase);
    if (!url || seen.has(url)) continue;
    if (articleRe.test(url)) {
      seen.add(url);
      articles.push({ url, date: null });
    } else if (followRe?.test(url)) {
      seen.add(url);
      listings.push(url);
    }
  }
  return { articles, listings, sitemaps: [], format: "links" };
}
