import type { DatabaseTarget } from "@/lib/db/database-url";

/** The two database sizes every per-size scenario runs at, side by side in one run. */
export type SizeName = "seed" | "scale";

export type BenchSize = {
  name: SizeName;
  /** column heading: "seed (11 stories)", "100,000 stories" */
  label: string;
  /** stories in the database when the run starts */
  stories: number;
  /** this run's working copy (scenarios may write to it) */
  target: Extract<DatabaseTarget, { kind: "sqlite" }>;
};

export type BenchServer = {
  origin: string;
  pid: number;
  /** resident memory of the server process and its children, bytes */
  rss(): number;
  /** peak resident memory since the server started (VmHWM), bytes */
  peakRss(): number;
  /** null while the server runs; otherwise how it ended and where its output is */
  exited(): string | null;
};

/** Ids and codes that exist in this size's database, for scenarios that request real pages. */
export type BenchSample = { articleIds: string[]; countyCodes: string[] };

export type BenchContext = {
  size: BenchSize;
  quick: boolean;
  /** `next start` on this size's database, started on first use and shared by the scenarios */
  server(): Promise<BenchServer>;
  /** stops the shared server (if any) and starts a fresh one: for memory and cold-start figures */
  freshServer(): Promise<BenchServer>;
  /** a Chromium executable for browser scenarios */
  chromium(): string;
  sample(): BenchSample;
  /** a scratch folder for this scenario run, removed afterwards */
  tmpDir: string;
  log(message: string): void;
};

/**
 * One measured figure. `target` states the goal, checked against the figure at scale
 * (or the only figure of a size-independent scenario); `ratioMax` against scale ÷ seed.
 */
export type Row = {
  label: string;
  value: number | null;
  unit: string;
  digits?: number;
  /** shown instead of value and unit (e.g. "12 / 40 ms" for p50 / p95); value still gives the ratio and the check */
  shown?: string;
  target?: { max?: number; min?: number; ratioMax?: number; text: string };
};

export type Measurement = { rows: Row[]; notes?: string[] };

export type Scenario = {
  id: string;
  title: string;
  /** how the figures are obtained: method only, never a figure (the tables hold those) */
  method: string;
  /** "each": once per database size, reported side by side with the ratio; "once": size-independent */
  sizes: "each" | "once";
  /** needs a production build and `next start` */
  server?: boolean;
  /** writes to the database: run after the scenarios that only read */
  mutates?: boolean;
  run(ctx: BenchContext): Promise<Measurement>;
};
