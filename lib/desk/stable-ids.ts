/**
 * Stable article ids across re-extraction. The engine derives an id from the page and the title,
 * so a better engine that mends a title (or cuts an article differently) would give the same story a
 * new id and break every link to it. Here each new article takes the id of the old article it is
 * the same as: the same id already, else the most similar old text (character bigrams, Dice), one
 * to one, when similar enough. New stories keep the engine's id.
 */

/** How alike two articles' texts must be to count as the same story. */
export const SAME_ARTICLE = 0.6;

type Text = { id: string; title: string; body: string };

function bigrams(s: string): Map<string, number> {
  const t = s.replace(/\s+/g, "");
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of the bigram multisets of two texts: 1 for the same text, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  x.forEach((n) => (total += n));
  y.forEach((n, g) => {
    total += n;
    shared += Math.min(n, x.get(g) ?? 0);
  });
  return total === 0 ? (a.replace(/\s+/g, "") === b.replace(/\s+/g, "") ? 1 : 0) : (2 * shared) / total;
}

const textOf = (a: Text) => `${a.title}\n${a.body}`;

/** The fresh articles with the ids they keep (input order; the input is not changed). */
export function assignStableIds<T extends Text>(fresh: T[], previous: Text[], threshold = SAME_ARTICLE): T[] {
  const ids = fresh.map((a) => a.id);
  const oldIds = new Set(previous.map((p) => p.id));
  const taken = new Set<string>();
  const open: number[] = [];
  fresh.forEach((a, i) => {
    if (oldIds.has(a.id) && !taken.has(a.id)) taken.add(a.id);
    else open.push(i);
  });
  const left = previous.filter((p) => !taken.has(p.id));
  const pairs: { i: number; p: Text; s: number }[] = [];
  for (const i of open) {
    for (const p of left) {
      const s = similarity(textOf(fresh[i]!), textOf(p));
      if (s >= threshold) pairs.push({ i, p, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s);
  const done = new Set<number>();
  for (const { i, p } of pairs) {
    if (done.has(i) || taken.has(p.id)) continue;
    done.add(i);
    taken.add(p.id);
    ids[i] = p.id;
  }
  // Unique: an engine id kept is not an old id (those were matched first), and each old id is taken once.
  return fresh.map((a, i) => (ids[i] === a.id ? a : { ...a, id: ids[i]! }));
}
