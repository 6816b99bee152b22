/** Small statistics for the bench (no dependency needed for these). */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank: the p95 of 100 samples is the 95th smallest.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export const median = (xs: number[]) => quantile(xs, 0.5);

/** Runs `fn` repeatedly for `seconds` in `rounds` slices; the median rate of units per second. */
export function rate(fn: () => number, seconds: number, rounds = 5): number {
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < (seconds * 1000) / rounds) n += fn();
    rates.push(n / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

export const MB = 1024 * 1024;
