/**
 * Chinese word segmentation for ranking, by @node-rs/jieba (jieba-rs with its dictionary shipped in
 * the package, prebuilt for Linux/macOS/Windows through npm optional dependencies). Loaded on first
 * use: the dictionary takes a moment and only indexing and searching need it.
 */
import { createRequire } from "node:module";

type Jieba = { cut(text: string, hmm?: boolean): string[] };

let jieba: Jieba | null = null;

function load(): Jieba {
  if (jieba) return jieba;
  // createRequire keeps the native addon out of bundlers' reach (next.config lists it as external).
  const require = createRequire(import.meta.url);
  const { Jieba } = require("@node-rs/jieba") as { Jieba: { withDict(d: Uint8Array): Jieba } };
  const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
  jieba = Jieba.withDict(dict);
  return jieba;
}

/** Words of a run of Han characters, dictionary-based (no HMM guessing, so results are stable). */
export function segmentWords(han: string): string[] {
  return load().cut(han, false);
}
