// A character trie over every name the recognizer knows: one pass over a text finds all dictionary
// words at every position in O(length x longest name), instead of testing thousands of names.
// The root is a flat table by UTF-16 code unit: most text positions start no word, and those are
// rejected by one array read instead of a Map look-up (the trie walk is the geocoder's hottest loop).

type Node<T> = { next: Map<number, Node<T>>; values: T[] | null };

const PAIR_SLOTS = 1 << 18;
const pairSlot = (c0: number, c1: number) => (Math.imul(c0, 0x9e3779b1) ^ c1) & (PAIR_SLOTS - 1);

export type TrieHit<T> = { start: number; end: number; value: T };

/** Called once per stored word found: its span and every value stored for it (never empty). */
export type TrieVisit<T> = (start: number, end: number, values: readonly T[]) => void;

export class Trie<T> {
  private readonly root: Array<Node<T> | undefined> = new Array<Node<T> | undefined>(0x10000).fill(undefined);
  /**
   * A byte per hashed pair of first two characters of a stored word: most positions that start some
   * word's first character start no word of two, and are left after one array read (collisions only
   * cost a walk).
   */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
  private size_ = 0;

  get size(): number {
    return this.size_;
  }

  add(word: string, value: T): void {
    if (word.length === 0) return;
    const c0 = word.charCodeAt(0);
    let node: Node<T> | undefined = this.root[c0];
    if (!node) {
      node = { next: new Map(), values: null };
      this.root[c0] = node;
    }
    let at: Node<T> = node;
    if (word.length >= 2) this.pairs[pairSlot(c0, word.charCodeAt(1))] = 1;
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = at.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null };
        at.next.set(c, child);
      }
      at = child;
    }
    if (!at.values) at.values = [];
    at.values.push(value);
    this.size_++;
  }

  /** Values stored for exactly this word. */
  get(word: string): readonly T[] {
    if (word.length === 0) return [];
    let node: Node<T> | undefined = this.root[word.charCodeAt(0)];
    for (let i = 1; i < word.length && node; i++) node = node.next.get(word.charCodeAt(i));
    return node?.values ?? [];
  }

  /** Every stored word inside text[from, to), by start then end, without allocating hits. */
  visit(text: string, visit: TrieVisit<T>, from = 0, to = text.length): void {
    for (let i = from; i < to; i++) this.visitAt(text, i, to, visit);
  }

  /** Every stored word starting exactly at `at` and ending by `to`, shortest first. */
  visitAt(text: string, at: number, to: number, visit: TrieVisit<T>): void {
    const c0 = text.charCodeAt(at);
    let node: Node<T> | undefined = this.root[c0];
    if (!node) return;
    if (node.values) visit(at, at + 1, node.values);
    if (at + 1 >= to || this.pairs[pairSlot(c0, text.charCodeAt(at + 1))] === 0) return;
    node = node.next.get(text.charCodeAt(at + 1));
    let j = at + 2;
    while (node) {
      if (node.values) visit(at, j, node.values);
      if (j >= to) break;
      node = node.next.get(text.charCodeAt(j));
      j++;
    }
  }

  /** The longest stored word starting exactly at `at` within `maxLength` characters, with its last value. */
  longestAt(text: string, at: number, maxLength: number): { end: number; value: T } | null {
    let best: { end: number; value: T } | null = null;
    this.visitAt(text, at, Math.min(text.length, at + maxLength), (_s, end, values) => {
      best = { end, value: values[values.length - 1]! };
    });
    return best;
  }

  /** Every (start, end, value) such that text.slice(start, end) is a stored word. */
  findAll(text: string, from = 0, to = text.length): TrieHit<T>[] {
    const out: TrieHit<T>[] = [];
    this.visit(
      text,
      (start, end, values) => {
        for (const value of values) out.push({ start, end, value });
      },
      from,
      to,
    );
    return out;
  }
}
