import { loadGazetteer, type Gazetteer } from "../geo/gazetteer";
import { geocodeArticle, type PlaceMention, type ResolvedPlace } from "../geo/geocode";
import { pageHomeCounty } from "../geo/page-home";
import { extractMetrics, type ExtractedMetric } from "../metrics/extract";
import { assignTags } from "../tags/assign";
import type { ThemeId } from "../tags/themes";
import { articleIds, sha256 } from "./article-id";
import { pageDate } from "./page-date";
import { segmentPage, segmentSingle } from "./segment";

/** One metric as the extraction contract prints it (DESIGN.md); contract.ts checks the exact shape. */
export type ContractMetric = ExtractedMetric;

/** A place mention as stored: `primary` marks the mention of the article's own place. */
export type ArticleMention = PlaceMention & { primary: boolean };

export type ExtractedArticle = {
  id: string;
  title: string;
  authors: string[];
  body: string;
  captions: string[];
  place: ResolvedPlace | null;
  mentions: ArticleMention[];
  metrics: ContractMetric[];
  /** theme tags (lib/tags), strongest first */
  tags: ThemeId[];
  /** the page's date (YYYY-MM-DD) when given or printed on the page, else null */
  publishedOn: string | null;
};

export type ExtractionDocument = { publishedOn: string | null; articles: ExtractedArticle[] };

/** `publishedOn`: a date the caller knows (from a sidecar or --date); it wins over the page's own. */
/** `countyHint`: adcode of the outlet's home county or city (a followed source), weak evidence of place. */
export type ExtractOptions = { single?: boolean; gazetteer?: Gazetteer; publishedOn?: string | null; countyHint?: string | null };

/**
 * Page text (already decoded) -> the whole record the database stores, in the shape of the
 * extraction contract: every fact is decided here once, so the writer only writes. Pure: no I/O
 * besides the gazetteer, which is loaded once per process.
 */
export function extractDocument(text: string, opts: ExtractOptions = {}): ExtractionDocument {
  const gaz = opts.gazetteer ?? loadGazetteer();
  // A date given by the caller wins; otherwise the page's own masthead or meta line, if any.
  const publishedOn = opts.publishedOn ?? pageDate(text);
  const segments = opts.single ? [segmentSingle(text)] : segmentPage(text);
  const ids = articleIds(
    sha256(text),
    segments.map((s) => s.title),
  );
  // The dateline or masthead (金华日报讯) is weak evidence of place when the body names none.
  const geocode = (seg: (typeof segments)[number], paperHint: string | null) =>
    geocodeArticle({ title: seg.title, body: seg.body, source: seg.source, captions: seg.captions, paperHint }, gaz);
  const places = segments.map((seg) => geocode(seg, opts.countyHint ?? null));
  // A report the page's other reports place (a county's page: 我市…, 府山街道…) is read again with the
  // page's home county as the outlet's place, when the caller knows none.
  const home = opts.countyHint ? null : pageHomeCounty(places.map((g) => g.place));
  // Not a scrap of page furniture the splitter left (上一页 1 2 3…下一页): a report has a body.
  if (home) segments.forEach((seg, i) => places[i]!.place === null && seg.body.length >= MIN_REPORT_BODY && (places[i] = geocode(seg, home)));
  const articles = segments.map((seg, i): ExtractedArticle => {
    const { place, mentions } = places[i]!;
    const metrics = extractMetrics(seg.body);
    return {
      id: ids[i]!,
      title: seg.title,
      authors: seg.authors,
      body: seg.body,
      captions: seg.captions,
      place,
      mentions: mentions.map((m) => ({ ...m, primary: m.code === primaryCode(place) })),
      metrics,
      tags: assignTags(seg.title, seg.body).map((t) => t.tag),
      publishedOn,
    };
  });
  return { publishedOn, articles };
}

/** Characters of body below which an article is no report to place by its page (a caption, a pager). */
const MIN_REPORT_BODY = 40;

/** The code of the article's own place at its finest level (township, else county, else city). */
function primaryCode(p: ResolvedPlace | null): string | null {
  return p ? (p.township?.code ?? p.county?.adcode ?? p.city?.adcode ?? null) : null;
}
