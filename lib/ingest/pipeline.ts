import { loadGazetteer, type Gazetteer } from "../geo/gazetteer";
import { geocodeArticle, type PlaceMention, type ResolvedPlace } from "../geo/geocode";
import { extractMetrics, type ExtractedMetric } from "../metrics/extract";
import { articleIds, sha256 } from "./article-id";
import { segmentPage, segmentSingle } from "./segment";

/** One metric as the extraction contract prints it (DESIGN.md); contract.ts checks the exact shape. */
export type ContractMetric = ExtractedMetric;

export type ExtractedArticle = {
  id: string;
  title: string;
  authors: string[];
  body: string;
  captions: string[];
  place: ResolvedPlace | null;
  mentions: PlaceMention[];
  metrics: ContractMetric[];
};

export type ExtractionDocument = { articles: ExtractedArticle[] };

export type ExtractOptions = { single?: boolean; gazetteer?: Gazetteer };

/**
 * Page text (already decoded) -> the extraction contract. Pure: no I/O besides the gazetteer,
 * which is loaded once per process.
 */
export function extractDocument(text: string, opts: ExtractOptions = {}): ExtractionDocument {
  const gaz = opts.gazetteer ?? loadGazetteer();
  const segments = opts.single ? [segmentSingle(text)] : segmentPage(text);
  const ids = articleIds(
    sha256(text),
    segments.map((s) => s.title),
  );
  const articles = segments.map((seg, i): ExtractedArticle => {
    // The dateline or masthead (金华日报讯) is weak evidence of place when the body names none.
    const { place, mentions } = geocodeArticle({ title: seg.title, body: seg.body, source: seg.source, captions: seg.captions }, gaz);
    const metrics = extractMetrics(seg.body);
    return {
      id: ids[i]!,
      title: seg.title,
      authors: seg.authors,
      body: seg.body,
      captions: seg.captions,
      place,
      mentions,
      metrics,
    };
  });
  return { articles };
}
