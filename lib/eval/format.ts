// Human-readable tables for score reports. Columns are fixed-width in terminal cells (CJK = 2).
import { addTotals, prf, ratio, type ArticleReport, type DocumentReport, type Ratio, type Totals } from "./score";
import { fit } from "./text";

export type Detail = "documents" | "articles" | "full";

const pct = (x: number) => `${Math.round(x * 100)}%`;
const frac = (r: Ratio) => `${r.ok}/${r.total}`;
const yn = (b: boolean | null) => (b === null ? "·" : b ? "✓" : "✗");

const HEADER =
  `${fit("doc", 26)} ${fit("n", 2, "right")} ${fit("title", 22)} ${fit("al", 5)} ` +
  `T A S E C  ${fit("plc c/c/t", 9)} ${fit("mention", 9)} ${fit("metric tp/fp/fn", 15)} frb apx`;

function articleRow(doc: string, a: ArticleReport): string {
  const m = a.metrics;
  const mentions = `${a.mentions.tp}/${a.mentions.fp}/${a.mentions.fn}`;
  const contains = a.body.contains.ok === a.body.contains.total;
  const place = `${yn(a.place.city)}${yn(a.place.county)}${yn(a.place.township)}${a.place.spuriousTownship ? "+" : ""}`;
  return (
    `${fit(doc, 26)} ${fit(String(a.n), 2, "right")} ${fit(a.goldTitle, 22)} ${fit(a.alignedBy ?? "NONE", 5)} ` +
    `${yn(a.title)} ${yn(a.authors)} ${yn(a.body.starts)} ${yn(a.body.ends)} ${yn(contains)}  ` +
    `${fit(place, 9)} ${fit(mentions, 9)} ${fit(`${m.tp}/${m.fp}/${m.fn}`, 15)} ` +
    `${fit(m.forbidden.length ? String(m.forbidden.length) : "", 3, "right")} ${fit(m.approx.total ? frac(m.approx) : "", 5)}`
  );
}

function details(a: ArticleReport): string[] {
  const out: string[] = [];
  const pre = `    #${a.n} `;
  if (!a.title) out.push(`${pre}title: got "${a.predTitle ?? "(none)"}", want "${a.goldTitle}"`);
  if (!a.body.starts || !a.body.ends) out.push(`${pre}body boundary: starts ${yn(a.body.starts)} ends ${yn(a.body.ends)}`);
  if (a.body.contains.ok < a.body.contains.total) out.push(`${pre}body_must_contain ${frac(a.body.contains)}`);
  if (a.captions.leaked) out.push(`${pre}${a.captions.leaked} caption(s) left inside the body`);
  if (!a.place.city || !a.place.county || a.place.township === false || a.place.spuriousTownship)
    out.push(`${pre}place: got ${a.place.predicted}`);
  if (a.mentions.missing.length || a.mentions.extra.length)
    out.push(`${pre}mentions: missing [${a.mentions.missing.join(" ")}] extra [${a.mentions.extra.join(" ")}]`);
  const m = a.metrics;
  for (const x of m.mismatches) out.push(`${pre}metric mismatch: got ${x.pred}, want ${x.gold} (${x.why})`);
  const mismatched = new Set(m.mismatches.map((x) => x.gold));
  const missed = m.missed.filter((g) => !mismatched.has(`${g.text}=${g.value}${g.unit}`));
  if (missed.length) out.push(`${pre}missed: ${missed.map((g) => `${g.text}=${g.value}${g.unit}`).join(", ")}`);
  if (m.spurious.length) out.push(`${pre}spurious: ${m.spurious.map((p) => `${p.text}=${p.value}${p.unit}`).join(", ")}`);
  if (m.forbidden.length) out.push(`${pre}forbidden: ${m.forbidden.join(", ")}`);
  if (m.wrongApprox.length) out.push(`${pre}approx: ${m.wrongApprox.join("; ")}`);
  return out;
}

/** One-screen summary of totals: ratios for checks, P/R/F1 for sets. */
export function formatTotals(t: Totals): string {
  const r = (label: string, x: Ratio) => `  ${fit(label, 22)} ${fit(pct(ratio(x)), 5, "right")}  (${frac(x)})`;
  const p = (label: string, c: { tp: number; fp: number; fn: number }) => {
    const s = prf(c);
    return `  ${fit(label, 22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  };
  return [
    `TOTAL over ${t.documents} document(s)`,
    r("article count match", t.countMatch),
    r("gold articles found", t.articlesFound),
    r("title exact", t.title),
    r("authors exact", t.authors),
    r("body starts", t.bodyStarts),
    r("body ends", t.bodyEnds),
    r("body contains", t.bodyContains),
    r("captions exact", t.captions),
    `  ${fit("captions left in body", 22)} ${t.captionLeaks}`,
    r("place city", t.city),
    r("place county", t.county),
    r("place township", t.township),
    `  ${fit("spurious townships", 22)} ${t.spuriousTownships}`,
    p("mentions", t.mentions),
    p("metrics", t.metrics),
    `  ${fit("metrics forbidden", 22)} ${t.forbidden}   optional hits ${t.optionalHits}   duplicates ${t.duplicates}`,
    r("metric approx", t.approx),
    r("label agreement (info)", t.labels),
    `  ${fit("contract problems", 22)} ${t.problems}`,
  ].join("\n");
}

/**
 * Renders reports as a table. "documents": one line per document; "articles": one line per gold
 * article; "full": articles plus what went wrong in each.
 */
export function formatReport(reports: readonly DocumentReport[], detail: Detail = "articles"): string {
  const lines: string[] = [];
  if (detail === "documents") {
    lines.push(`${fit("doc", 26)} ${fit("mode", 6)} art  title  place(c/c/t)   mention F1  metric P/R/F1   frb`);
    for (const d of reports) {
      const t = d.totals;
      const m = prf(t.metrics);
      lines.push(
        `${fit(d.name, 26)} ${fit(d.mode, 6)} ${fit(`${d.predArticles}/${d.goldArticles}`, 4)} ${fit(frac(t.title), 6)} ` +
          `${fit(`${frac(t.city)} ${frac(t.county)} ${frac(t.township)}`, 14)} ${fit(pct(prf(t.mentions).f1), 11)} ` +
          `${fit(`${pct(m.precision)}/${pct(m.recall)}/${pct(m.f1)}`, 15)} ${t.forbidden || ""}`,
      );
    }
  } else {
    lines.push(HEADER);
    for (const d of reports) {
      const head = `${d.name} [${d.mode}] articles ${d.predArticles}/${d.goldArticles}`;
      if (!d.countMatch || d.extraArticles.length) lines.push(`${head}${d.countMatch ? "" : "  (count mismatch)"}`);
      for (const a of d.articles) {
        lines.push(articleRow(d.name, a));
        if (detail === "full") lines.push(...details(a));
      }
      if (detail === "full") {
        for (const x of d.extraArticles) lines.push(`    extra article "${x.title}" with ${x.metrics} metric(s)`);
        for (const p of d.problems.slice(0, 5)) lines.push(`    problem: ${p}`);
        if (d.problems.length > 5) lines.push(`    ... ${d.problems.length - 5} more problem(s)`);
      }
    }
    lines.push("Columns: al=alignment  T=title A=authors S/E/C=body starts/ends/contains  plc=city/county/township (+ spurious township)");
  }
  lines.push("", formatTotals(addTotals(reports.map((d) => d.totals))));
  return lines.join("\n");
}
