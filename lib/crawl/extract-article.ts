/**
 * An article page's HTML -> its own text: title, byline, date and body, with navigation, footers,
 * share widgets and related-link lists left out. @mozilla/readability (Firefox's reader view) finds
 * the body on a linkedom DOM; what it does not know about Chinese sites (分享到, 相关新闻, the
 * 发布时间 line) is handled here. The result is page text for the same extraction engine as a
 * pasted page (lib/ingest), never HTML.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "../ingest/html-to-text";
import { pageDate } from "../ingest/page-date";
import { isoDay } from "./discover";
import { normalizeUrl } from "./url";

export type PageArticle = {
  title: string;
  byline: string | null;
  /** YYYY-MM-DD the page gives for itself (meta tags, JSON-LD, its 发布时间 line), or null. */
  date: string | null;
  body: string;
  canonicalUrl: string | null;
  /** Title, byline line and body: what goes to ingestSource. */
  text: string;
};

/** Containers that are furniture whatever their content. */
const FURNITURE = [
  "script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button", "select", "input", "nav", "footer", "aside", "header nav",
  "[class*=share i]", "[id*=share i]", "[class*=bdshare i]", "[class*=social i]", "[class*=related i]", "[id*=related i]",
  "[class*=recommend i]", "[class*=breadcrumb i]", "[class*=crumb i]", "[class*=pagination i]", "[class*=comment i]", "[id*=comment i]",
  "[class*=xgxw i]", "[class*=xgyd i]", "[role=navigation]", "[role=contentinfo]", "[aria-hidden=true]",
].join(",");

/** Headings of related-link and share blocks as Chinese sites write them. */
const FURNITURE_LEAD = /^\s*(?:相关(?:新闻|阅读|报道|链接|文章|稿件)|推荐阅读|延伸阅读|热门(?:推荐|新闻|文章)|热点新闻|猜你喜欢|更多(?:新闻|精彩)|往期回顾|分享到|扫一扫|【?打印(?:本页|此页)?】?|【?关闭(?:窗口)?】?|上一篇|下一篇)/u;

const META_LINE = /^.{0,60}(?:作者|记者)\s*[:：].{0,120}$/mu;
const AUTHOR_IN_LINE = /(?:作者|记者)\s*[:：]\s*([\p{Script=Han}·]{2,12}(?:[ 、，,][\p{Script=Han}·]{2,12}){0,4})/u;

/** Names after 作者：/记者： up to the next label (发布时间, 来源, 编辑 …). */
function authorsIn(line: string): string | null {
  const m = AUTHOR_IN_LINE.exec(line);
  if (!m) return null;
  const names = m[1]!.split(/[ 、，,]/u).filter((n) => n && !/时间|日期|来源|浏览|编辑|发布|责任|审核|字号/u.test(n));
  return names.length ? names.join("、") : null;
}

function dropFurniture(document: Document) {
  for (const el of [...document.querySelectorAll(FURNITURE)]) el.remove();
  // Blocks that open with 相关新闻 / 分享到 … and are mostly links or short.
  for (const el of [...document.querySelectorAll("div, ul, ol, section, p, table, dl")]) {
    if (!el.isConnected) continue;
    const text = (el.textContent ?? "").trim();
    if (!FURNITURE_LEAD.test(text)) continue;
    const linkText = [...el.querySelectorAll("a")].reduce((n, a) => n + (a.textContent ?? "").trim().length, 0);
    if (text.length < 40 || linkText / Math.max(1, text.length) > 0.4) el.remove();
  }
}

const META_DATE = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="PubDate" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish_date" i]',
  'meta[name="firstpublishedtime" i]',
  'meta[name="date" i]',
  'meta[name="DC.date" i]',
];

function metaDate(document: Document): string | null {
  for (const sel of META_DATE) {
    const d = isoDay(document.querySelector(sel)?.getAttribute("content")?.trim() ?? null);
    if (d) return d;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(script.textContent ?? "");
    const d = m ? isoDay(m[1]!) : null;
    if (d) return d;
  }
  const time = document.querySelector("article time[datetime], time[pubdate][datetime]");
  return isoDay(time?.getAttribute("datetime") ?? null);
}

/** "标题_县新闻网" / "标题 - 台州日报" -> "标题", when what is cut is a site name. */
function cleanTitle(raw: string, siteNames: string[]): string {
  let t = raw.replace(/\s+/gu, " ").trim();
  for (const sep of ["_", " | ", " - ", " – ", " — ", "｜", "-"]) {
    const i = t.lastIndexOf(sep);
    if (i <= 0) continue;
    const tail = t.slice(i + sep.length).trim();
    const head = t.slice(0, i).trim();
    const siteLike = siteNames.some((n) => n && (tail.includes(n) || n.includes(tail))) || /(?:网|报|台|中心|频道|新闻|首页|政府|门户)$/u.test(tail);
    if (head.length >= 4 && tail.length <= 30 && siteLike) t = head;
  }
  return t;
}

export function extractArticle(html: string, pageUrl: string, opts: { siteNames?: string[] } = {}): PageArticle {
  // linkedom builds no <body> for a fragment; wrap what lacks an <html> element.
  const { document } = parseHTML(/<html[\s>]/iu.test(html.slice(0, 5000)) ? html : `<!DOCTYPE html><html>${html}</html>`);
  const doc = document as unknown as Document;
  for (const el of [...doc.querySelectorAll("script:not([type='application/ld+json']), style, noscript, template")]) el.remove();
  const canonicalHref = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute("href");
  const canonicalUrl = canonicalHref ? normalizeUrl(canonicalHref, pageUrl) : null;
  const siteNames = [...(opts.siteNames ?? []), doc.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? ""].filter(Boolean);
  const h1 = (doc.querySelector("article h1, .article h1, h1")?.textContent ?? "").replace(/\s+/gu, " ").trim();
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute("content")?.trim() ?? "";
  const date0 = metaDate(doc);
  const metaAuthor = doc.querySelector('meta[name="author" i]')?.getAttribute("content")?.trim() || null;
  // The page's own 发布时间 line often sits outside the part Readability keeps.
  const wholeText = htmlToText(doc.body?.innerHTML ?? html).slice(0, 20_000);

  dropFurniture(doc);
  const parsed = new Readability(doc, { charThreshold: 60, keepClasses: false }).parse();
  let body = htmlToText(parsed?.content ?? doc.body?.innerHTML ?? "");
  const title = cleanTitle(h1 || ogTitle || parsed?.title || doc.title || "", siteNames);
  // Readability keeps the headline inside the content; the title is given once, above.
  const lines = body.split("\n");
  while (lines.length && (lines[0]!.trim() === "" || lines[0]!.replace(/^#+\s*/u, "").trim() === title)) lines.shift();
  body = lines.join("\n").trim();

  // The site's meta line (来源：… 作者：… 发布时间：…) names the writers; Readability may have
  // judged it furniture. It goes above the body, where the engine reads such lines.
  const metaLine = body.includes("作者") || body.includes("记者") ? null : (META_LINE.exec(wholeText)?.[0]?.trim() ?? null);
  const byline = (parsed?.byline ?? metaAuthor ?? (metaLine ? authorsIn(metaLine) : null))?.replace(/\s+/gu, " ").trim() || null;
  const date = date0 ?? isoDay(parsed?.publishedTime ?? null) ?? pageDate(body) ?? pageDate(wholeText);
  const head = metaLine ?? (byline && !body.includes(byline) ? (/^(?:作者|记者|文|来源|通讯员|本报)/u.test(byline) ? byline : `作者：${byline}`) : null);
  const text = `${title ? `## ${title}\n\n` : ""}${head ? `${head}\n\n` : ""}${body}`.trim();
  return { title, byline, date, body, canonicalUrl, text };
}
