// A character trie over every name the recognizer knows: one pass over a text finds all dictionary
// words at every position in O(length x longest name), instead of testing thousands of names.

type Node<T> = { next: Map<number, Node<T>>; values: T[] | null };

export type TrieHit<T> = { start: number; end: number; value: T };

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };
  private size_ = 0;

  get size(): number {
    return this.size_;
  }

  add(word: string, value: T): void {
    if (word.length === 0) return;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.values) node.values = [];
    node.values.push(value);
    this.size_++;
  }

  /** Values stored for exactly this word. */
  get(word: string): readonly T[] {
    let node: Node<T> | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) node = node.next.get(word.charCodeAt(i));
    return node?.values ?? [];
  }

  /** Every (start, end, value) such that text.slice(start, end) is a stored word. */
  findAll(text: string, from = 0, to = text.length): TrieHit<T>[] {
    const out: TrieHit<T>[] = [];
    for (let i = from; i < to; i++) {
      let node: Node<T> | undefined = this.root.next.get(text.charCodeAt(i));
      let j = i + 1;
      while (node) {
        if (node.values) for (const value of node.values) out.push({ start: i, end: j, value });
        if (j >= to) break;
        node = node.next.get(text.charCodeAt(j));
        j++;
      }
    }
    return out;
  }
}
