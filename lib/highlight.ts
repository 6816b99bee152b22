/**
 * Splits text into runs for highlighting metrics, places and search matches. The UI renders each
 * run as a text node or a <mark>: article text is never injected as HTML.
 */
/** A range of the text; when `text` is given, a span that no longer matches it is skipped rather than marking the wrong words. */
export type Span = { start: number; end: number; text?: string };
export type RunKind = "plain" | "metric" | "place" | "match";
export type Run = { text: string; start: number; kind: RunKind; ref: number };

type Tagged = Span & { kind: Exclude<RunKind, "plain">; ref: number };

const PRIORITY: Record<Exclude<RunKind, "plain">, number> = { metric: 0, place: 1, match: 2 };

/**
 * Runs covering [from, to) of text. Spans of higher priority win overlaps (a metric inside a search
 * match stays a metric); `ref` is the index of the span in its own list.
 */
export function highlightRuns(
  text: string,
  spans: { metrics?: Span[]; places?: Span[]; matches?: Span[] },
  from = 0,
  to = text.length,
): Run[] {
  const tagged: Tagged[] = [
    ...(spans.metrics ?? []).map((s, ref) => ({ ...s, kind: "metric" as const, ref })),
    ...(spans.places ?? []).map((s, ref) => ({ ...s, kind: "place" as const, ref })),
    ...(spans.matches ?? []).map((s, ref) => ({ ...s, kind: "match" as const, ref })),
  ]
    .filter((s) => s.end > s.start && s.end > from && s.start < to && (s.text === undefined || text.slice(s.start, s.end) === s.text))
    .sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);

  // Claim characters in priority order; a span that overlaps a stronger one is cut down to its free part.
  const owner = new Int32Array(to - from).fill(-1);
  tagged.forEach((s, i) => {
    for (let p = Math.max(s.start, from); p < Math.min(s.end, to); p++) if (owner[p - from] === -1) owner[p - from] = i;
  });
  const runs: Run[] = [];
  let runStart = from;
  for (let p = from + 1; p <= to; p++) {
    if (p === to || owner[p - from] !== owner[runStart - from]) {
      const o = owner[runStart - from]!;
      const t = o === -1 ? null : tagged[o]!;
      runs.push({ text: text.slice(runStart, p), start: runStart, kind: t ? t.kind : "plain", ref: t ? t.ref : -1 });
      runStart = p;
    }
  }
  return runs;
}

/** Paragraph ranges of a body whose paragraphs are separated by blank lines. */
export function paragraphs(body: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push({ start, end: body.length });
  return out;
}

/** Case-insensitive occurrences of search terms, as spans. */
export function termSpans(text: string, terms: string[]): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  for (const t of terms) {
    const needle = t.toLowerCase();
    if (!needle) continue;
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
