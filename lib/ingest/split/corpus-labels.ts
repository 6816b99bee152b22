// The repo's invented corpus pages (lib/eval/corpus, labels in the seed-gold shape: title, body start
// and end of every article) turned into report spans for training the splitter. Each report runs from
// its title (or a kicker line right above it) to the end of its body, plus the bylines, credits and
// furniture below it, up to the next report's head.
import type { GoldDocument } from "../../eval/gold";
import { layoutText } from "../units";
import type { LabelledPage, Span } from "./labels";

const compact = (s: string) => s.replace(/[\s#*]+/gu, "");

/** The page's compact text (no spaces, markdown marks) with the line of every character. */
function compactIndex(text: string): { flat: string; lineOf: number[]; lineStarts: number[] } {
  const lines = text.split("\n");
  let flat = "";
  const lineOf: number[] = [];
  const lineStarts: number[] = [];
  let at = 0;
  lines.forEach((l, k) => {
    lineStarts.push(at);
    const c = compact(l);
    flat += c;
    for (let i = 0; i < c.length; i++) lineOf.push(k);
    at += l.length + 1;
  });
  return { flat, lineOf, lineStarts };
}

/** Lines that only close a report: bylines, credits, captions, editor and staff lines. */
const CLOSING = /^(?:[(（【[].{1,60}[)）】\]]|.{0,30}(?:编辑|责编|审核|校对|美编|版式|来源).{0,40}|.{0,40}摄|(?:图为|上图|下图).{0,120})$/u;

/**
 * Report spans of a corpus page from its gold labels, or null when a label cannot be found in the text
 * (the page is then left out of training). Offsets are into layoutText(raw), which the page carries.
 */
export function corpusPage(id: string, raw: string, gold: GoldDocument): LabelledPage | null {
  const text = layoutText(raw);
  const lines = text.split("\n");
  const { flat, lineOf, lineStarts } = compactIndex(text);
  const found: { title: number; end: number }[] = [];
  let cursor = 0;
  for (const a of gold.articles) {
    const title = compact(a.title);
    const start = flat.indexOf(title, cursor);
    const bodyStart = flat.indexOf(compact(a.body_starts_with), start < 0 ? cursor : start);
    if (bodyStart < 0) return null;
    const end = flat.indexOf(compact(a.body_ends_with), bodyStart);
    if (end < 0) return null;
    const last = end + compact(a.body_ends_with).length - 1;
    // An untitled report (the title is not printed) starts at its body.
    const first = start >= 0 && start < bodyStart ? start : bodyStart;
    found.push({ title: lineOf[first]!, end: lineOf[last]! });
    cursor = last + 1;
  }
  const reports: Span[] = [];
  found.forEach((f, k) => {
    let from = f.title;
    // A kicker printed right above the title (no blank line between) heads the same report.
    const floor = k === 0 ? -1 : found[k - 1]!.end;
    while (from - 1 > floor && lines[from - 1]!.trim() !== "" && !CLOSING.test(lines[from - 1]!.trim()) && compact(lines[from - 1]!).length <= 30) from--;
    let to = f.end;
    const next = found[k + 1]?.title ?? lines.length;
    // Bylines, credits and editor lines below the body close this report.
    for (let i = f.end + 1; i < next; i++) {
      const l = lines[i]!.trim();
      if (l === "") continue;
      if (CLOSING.test(l)) to = i;
      else break;
    }
    reports.push({ start: lineStarts[from]!, end: lineStarts[to]! + lines[to]!.length });
  });
  for (let k = 1; k < reports.length; k++) if (reports[k]!.start < reports[k - 1]!.end) return null;
  return { id, text, reports, origin: "corpus" };
}
