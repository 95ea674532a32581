/**
 * Pure statistics for the benchmark. Every budget is a ratio against a baseline measured in
 * the same run, because the machine is shared and absolute times drift from run to run.
 */

function sorted(xs: readonly number[]): number[] {
  if (xs.length === 0) throw new RangeError("no samples");
  if (xs.some((x) => !Number.isFinite(x))) throw new RangeError("samples must be finite numbers");
  return [...xs].sort((a, b) => a - b);
}

export function median(xs: readonly number[]): number {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Linear interpolation between closest ranks (the "R-7" definition spreadsheets use). */
export function percentile(xs: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0-100`);
  const s = sorted(xs);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo]! + (s[hi]! - s[lo]!) * (rank - lo);
}

/** value / baseline; a zero or broken baseline is an error, not an infinite ratio that "passes". */
export function ratio(value: number, baseline: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`value ${value} is not a non-negative number`);
  if (!Number.isFinite(baseline) || baseline <= 0) throw new RangeError(`baseline ${baseline} must be a positive number`);
  return value / baseline;
}

/** A ratio must stay at or under `max` (costs) or at or over `min` (throughput). */
export type Budget = { max: number } | { min: number };

export type BudgetResult = { pass: boolean; limit: string };

export function checkBudget(r: number, budget: Budget): BudgetResult {
  if (!Number.isFinite(r)) return { pass: false, limit: "max" in budget ? `<= ${budget.max}x` : `>= ${budget.min}x` };
  return "max" in budget ? { pass: r <= budget.max, limit: `<= ${budget.max}x` } : { pass: r >= budget.min, limit: `>= ${budget.min}x` };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

export function formatRatio(r: number): string {
  return `${r.toFixed(r >= 100 ? 0 : 2)}x`;
}
