/**
 * Splits an article body into paragraphs of plain text, metric spans and place-mention spans, so
 * the page can render highlights as React elements (never as HTML). Offsets come from the
 * extraction (start/end into body); a span whose text no longer matches the body is skipped rather
 * than highlighting the wrong words.
 */

export type Span = { start: number; end: number; text: string };

export type BodySegment =
  | { kind: "text"; text: string }
  /** index into the metrics array given to segmentBody */
  | { kind: "metric"; text: string; index: number }
  /** index into the mentions array given to segmentBody */
  | { kind: "place"; text: string; index: number };

export type BodyParagraph = { start: number; segments: BodySegment[] };

type Marked = { start: number; end: number; kind: "metric" | "place"; index: number };

function validSpans(body: string, spans: readonly Span[], kind: Marked["kind"]): Marked[] {
  return spans.flatMap((s, index) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= body.length && s.start < s.end && body.slice(s.start, s.end) === s.text
      ? [{ start: s.start, end: s.end, kind, index }]
      : [],
  );
}

/** Non-overlapping highlights: metrics win over place mentions (a number matters more), then earlier, then longer. */
function pickHighlights(metrics: Marked[], mentions: Marked[]): Marked[] {
  const ordered = [...metrics, ...mentions].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === "metric" ? -1 : 1) || a.start - b.start || b.end - a.end,
  );
  const kept: Marked[] = [];
  for (const m of ordered) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Paragraphs are separated by line breaks (a blank line in stored bodies); empty ones are dropped. */
function paragraphRanges(body: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) out.push([m.index + lead, m.index + lead + text.length]);
  }
  return out;
}

export function segmentBody(body: string, metrics: readonly Span[], mentions: readonly Span[]): BodyParagraph[] {
  const highlights = pickHighlights(validSpans(body, metrics, "metric"), validSpans(body, mentions, "place"));
  return paragraphRanges(body).map(([pStart, pEnd]) => {
    const segments: BodySegment[] = [];
    let at = pStart;
    for (const h of highlights) {
      // a span crossing a paragraph break cannot be one element; leave it as plain text
      if (h.start < pStart || h.end > pEnd) continue;
      if (h.start > at) segments.push({ kind: "text", text: body.slice(at, h.start) });
      segments.push({ kind: h.kind, text: body.slice(h.start, h.end), index: h.index });
      at = h.end;
    }
    if (at < pEnd) segments.push({ kind: "text", text: body.slice(at, pEnd) });
    return { start: pStart, segments };
  });
}
