import type { Claim } from "../schema/article";
import { monthsBetween } from "./date-range";

/**
 * Claims over time, binned by month. A claim dated to a day or a month falls in its month; one
 * dated only to a year is spread across the year as a band rather than piled into January, so
 * the chart does not claim a precision the reporting does not have.
 */
export type MonthBin = { month: string; exact: number; yearOnly: number };
export type Timeline = { bins: MonthBin[]; undated: number; first: string | null; last: string | null };

export function timeline(claims: readonly Pick<Claim, "date">[]): Timeline {
  const exact = new Map<string, number>();
  const years = new Map<string, number>();
  let undated = 0;
  for (const c of claims) {
    if (!c.date) undated++;
    else if (c.date.precision === "year") years.set(c.date.value.slice(0, 4), (years.get(c.date.value.slice(0, 4)) ?? 0) + 1);
    else {
      const m = c.date.value.slice(0, 7);
      exact.set(m, (exact.get(m) ?? 0) + 1);
    }
  }
  return timelineOf(exact, years, undated);
}

/** The timeline from counts already made: claims by month ("2017-08"), by year only ("2017"), undated. */
export function timelineOf(exact: ReadonlyMap<string, number>, years: ReadonlyMap<string, number>, undated: number): Timeline {
  const months = [...exact.keys(), ...[...years.keys()].flatMap((y) => [`${y}-01`, `${y}-12`])].sort();
  if (months.length === 0) return { bins: [], undated, first: null, last: null };
  const first = months[0]!.slice(0, 4) + "-01";
  const last = months[months.length - 1]!.slice(0, 4) + "-12";
  const bins = monthsBetween(first, last).map((month) => ({ month, exact: exact.get(month) ?? 0, yearOnly: years.get(month.slice(0, 4)) ?? 0 }));
  return { bins, undated, first, last };
}
