import type { Measurement, Row, Scenario, SizeName } from "./types";

export type Outcome = Measurement | { error: string };
export type ScenarioResult = { scenario: Scenario; bySize: Partial<Record<SizeName, Outcome>> };

const fmt = (v: number | null, digits = 0) =>
  v === null || !Number.isFinite(v) ? "–" : v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function check(row: Row | undefined, ratio: number | null): string {
  const t = row?.target;
  if (!t || !row) return "";
  const v = row.value;
  const ok =
    v !== null &&
    (t.max === undefined || v <= t.max) &&
    (t.min === undefined || v >= t.min) &&
    (t.ratioMax === undefined || (ratio !== null && ratio <= t.ratioMax));
  return `${t.text} ${ok ? "✔" : "✘"}`;
}

const cell = (row: Row, unit = row.unit) => row.shown ?? `${fmt(row.value, row.digits)} ${unit}`;

const isError = (o: Outcome | undefined): o is { error: string } => !!o && "error" in o;

/** One scenario as a markdown section: a table with a column per size, the ratio and the target. */
export function renderScenario(r: ScenarioResult, labels: Record<SizeName, string>): string {
  const { scenario } = r;
  const out = [`## ${scenario.title}`, "", scenario.method, ""];
  if (scenario.sizes === "once") {
    const m = r.bySize.seed;
    if (!m || isError(m)) return [...out, `Failed: ${m ? m.error : "not run"}`, ""].join("\n");
    out.push("| measure | value | target |", "|---|---|---|");
    for (const row of m.rows) out.push(`| ${row.label} | ${cell(row)} | ${check(row, null)} |`);
    for (const n of m.notes ?? []) out.push("", n);
    return [...out, ""].join("\n");
  }
  const seed = r.bySize.seed;
  const scale = r.bySize.scale;
  out.push(`| measure | ${labels.seed} | ${labels.scale} | ratio | target |`, "|---|---|---|---|---|");
  const labelsInOrder = [...new Set([...(isError(seed) || !seed ? [] : seed.rows), ...(isError(scale) || !scale ? [] : scale.rows)].map((x) => x.label))];
  for (const label of labelsInOrder) {
    const a = !seed || isError(seed) ? undefined : seed.rows.find((x) => x.label === label);
    const b = !scale || isError(scale) ? undefined : scale.rows.find((x) => x.label === label);
    const unit = (a ?? b)!.unit;
    const ratio = a?.value && b?.value !== null && b?.value !== undefined ? b.value / a.value : null;
    out.push(
      `| ${label} | ${a ? cell(a, unit) : "–"} | ${b ? cell(b, unit) : "–"} | ${ratio === null ? "–" : `${fmt(ratio, 2)}×`} | ${check(b ?? a, ratio)} |`,
    );
  }
  for (const [name, o] of [["seed", seed], ["scale", scale]] as const) {
    if (isError(o)) out.push("", `Failed at ${labels[name]}: ${o.error}`);
    else for (const n of o?.notes ?? []) out.push("", `${labels[name]}: ${n}`);
  }
  return [...out, ""].join("\n");
}

/** The same figures on the console while the run goes on. */
export function printOutcome(scenario: Scenario, size: string, o: Outcome, log: (s: string) => void): void {
  if (isError(o)) {
    log(`  ✘ ${scenario.id} (${size}): ${o.error}`);
    return;
  }
  for (const row of o.rows) log(`  ${scenario.id} (${size}): ${row.label}: ${cell(row)}`);
}
