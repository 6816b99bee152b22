import { THEMES, type ThemeId } from "./themes";

export type TagMatch = { tag: ThemeId; score: number; keywords: string[] };

/** A theme needs this much weight: one title hit, or body hits spread over several keywords. */
const MIN_SCORE = 3;
const TITLE_WEIGHT = 3;
/** Repeats of one keyword stop counting after this, so one word said often cannot carry a theme. */
const MAX_HITS_PER_KEYWORD = 2;

function countOccurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** Every theme's keywords in one list; a text's counts are an array in this order. */
const ALL_KEYWORDS: readonly string[] = THEMES.flatMap((t) => t.keywords);

function keywordCounts(text: string): Int32Array {
  const counts = new Int32Array(ALL_KEYWORDS.length);
  if (text !== "") for (let k = 0; k < ALL_KEYWORDS.length; k++) counts[k] = countOccurrences(text, ALL_KEYWORDS[k]!);
  return counts;
}

// The body's counts of the last article: the metric indicators (lib/metrics) and the pipeline both
// ask for the themes of the same body, and this way it is read once.
let lastBody: string | null = null;
let lastBodyCounts: Int32Array = new Int32Array(0);

function bodyKeywordCounts(body: string): Int32Array {
  if (body !== lastBody) {
    lastBodyCounts = keywordCounts(body);
    lastBody = body;
  }
  return lastBodyCounts;
}

/** Themes of an article, strongest first, each with the keywords that explain it. */
export function assignTags(title: string, body: string): TagMatch[] {
  const out: TagMatch[] = [];
  const titleCounts = keywordCounts(title);
  const bodyCounts = bodyKeywordCounts(body);
  let k = 0;
  for (const theme of THEMES) {
    let score = 0;
    const keywords: string[] = [];
    for (const kw of theme.keywords) {
      const inTitle = titleCounts[k]!;
      const inBody = Math.min(bodyCounts[k]!, MAX_HITS_PER_KEYWORD);
      k++;
      if (inTitle + inBody === 0) continue;
      score += inTitle * TITLE_WEIGHT + inBody;
      keywords.push(kw);
    }
    // Two different keywords or a title hit: a single repeated body word is not a theme.
    if (score >= MIN_SCORE && (keywords.length >= 2 || countOccurrences(title, keywords[0] ?? "\u0000") > 0)) {
      out.push({ tag: theme.id, score, keywords });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}
