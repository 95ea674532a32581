import type { Filters } from "../view/view-state";
import { type DayInterval, intervalOf } from "../view/date-range";

/**
 * "As of October 2017": the situation a view shows at a month. `at` cuts the date range at the
 * end of that month (a claim counts once its date, at its own precision, may have come by
 * then: a claim dated "2017" counts as of any month of 2017, as the date filter already does);
 * a moving window also starts the range `windowMonths - 1` months before it.
 */

/** "2017-10" plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/** The later of two date bounds, compared by the days they start on. */
const later = (a: string | null, b: string | null) => (!a ? b : !b ? a : intervalOf(a).start >= intervalOf(b).start ? a : b);
/** The earlier of two date bounds, compared by the days they end on. */
const earlier = (a: string | null, b: string | null) => (!a ? b : !b ? a : intervalOf(a).end <= intervalOf(b).end ? a : b);

/** A date range, either end open when null: dates as the URL writes them (YYYY, YYYY-MM or YYYY-MM-DD). */
export type DateRange = { from: string | null; to: string | null };

/** The date range a set of filters shows once `at` and its window are applied. */
export function effectiveRange(f: Filters): DateRange {
  if (!f.at) return { from: f.from, to: f.to };
  const windowStart = f.windowMonths ? addMonths(f.at, -(f.windowMonths - 1)) : null;
  return { from: later(f.from, windowStart), to: earlier(f.to, f.at) };
}

/** Whether the range is empty: `at` before `from` shows nothing rather than everything. */
export function emptyRange(r: DateRange): boolean {
  return !!r.from && !!r.to && intervalOf(r.from).start > intervalOf(r.to).end;
}

/**
 * Whether a claim dated over `interval` counts in a range: whether the two meet. The one test
 * of a date against a view's range, on the server (lib/view/filter-claims) and in the browser's
 * playback (lib/time/series), so both count the same claims at every step.
 */
export function inRange(interval: DayInterval, r: DateRange): boolean {
  if (r.from && interval.end < intervalOf(r.from).start) return false;
  if (r.to && interval.start > intervalOf(r.to).end) return false;
  return true;
}
