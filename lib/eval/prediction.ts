// Lenient reader for the extraction contract JSON (DESIGN.md, "The extraction contract").
// The harness must score broken or partial output instead of crashing on it, so every field is read
// defensively and each deviation from the contract is recorded as a problem string.

export interface PredPlace {
  cityCode: string | null;
  countyCode: string | null;
  townshipCode: string | null;
}

export interface PredMention {
  code: string | null;
  text: string;
  level: string;
}

export interface PredMetric {
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  label: string;
  start: number | null;
  end: number | null;
}

export interface PredArticle {
  title: string;
  authors: string[];
  body: string;
  captions: string[];
  place: PredPlace | null;
  mentions: PredMention[];
  metrics: PredMetric[];
}

export interface PredDocument {
  articles: PredArticle[];
  /** Contract violations found while reading (missing fields, wrong types, bad spans). */
  problems: string[];
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function codeOf(v: unknown, key: "adcode" | "code"): string | null {
  if (!isObj(v)) return null;
  const c = v[key] ?? v.code ?? v.adcode;
  return typeof c === "string" && c.length > 0 ? c : typeof c === "number" ? String(c) : null;
}

function readPlace(v: unknown): PredPlace | null {
  if (!isObj(v)) return null;
  return {
    cityCode: codeOf(v.city, "adcode"),
    countyCode: codeOf(v.county, "adcode"),
    townshipCode: codeOf(v.township, "code"),
  };
}

function readMetric(v: unknown, where: string, body: string, problems: string[]): PredMetric | null {
  if (!isObj(v)) {
    problems.push(`${where}: metric is not an object`);
    return null;
  }
  const value = typeof v.value === "number" ? v.value : Number.NaN;
  if (!Number.isFinite(value)) problems.push(`${where}: metric "${str(v.text)}" has no numeric value`);
  const start = typeof v.start === "number" ? v.start : null;
  const end = typeof v.end === "number" ? v.end : null;
  if (start === null || end === null) problems.push(`${where}: metric "${str(v.text)}" has no span`);
  else if (body.slice(start, end) !== str(v.text))
    problems.push(`${where}: metric span ${start}-${end} is "${body.slice(start, end)}", text is "${str(v.text)}"`);
  return {
    text: str(v.text),
    value,
    unit: str(v.unit),
    approx: v.approx === true,
    label: str(v.label),
    start,
    end,
  };
}

function readArticle(v: unknown, i: number, problems: string[]): PredArticle {
  const where = `article ${i + 1}`;
  if (!isObj(v)) {
    problems.push(`${where}: not an object`);
    return { title: "", authors: [], body: "", captions: [], place: null, mentions: [], metrics: [] };
  }
  for (const k of ["id", "title", "authors", "body", "captions", "place", "mentions", "metrics"])
    if (!(k in v)) problems.push(`${where}: missing "${k}"`);
  const body = str(v.body);
  const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
  const mentions: PredMention[] = arr(v.mentions).flatMap((m) =>
    isObj(m) ? [{ code: typeof m.code === "string" ? m.code : null, text: str(m.text), level: str(m.level) }] : [],
  );
  const metrics = arr(v.metrics)
    .map((m) => readMetric(m, where, body, problems))
    .filter((m): m is PredMetric => m !== null);
  return {
    title: str(v.title),
    authors: arr(v.authors).filter((a): a is string => typeof a === "string"),
    body,
    captions: arr(v.captions).filter((c): c is string => typeof c === "string"),
    place: readPlace(v.place),
    mentions,
    metrics,
  };
}

/** Reads an extraction document; never throws. */
export function readPrediction(raw: unknown): PredDocument {
  const problems: string[] = [];
  if (!isObj(raw) || !Array.isArray(raw.articles)) {
    problems.push('output is not an object with an "articles" array');
    return { articles: [], problems };
  }
  const articles = raw.articles.map((a, i) => readArticle(a, i, problems));
  return { articles, problems };
}
