/**
 * A partial date ("2017", "2017-08", "2017-08-14") stands for an interval of days. Filters and
 * timelines compare intervals, so a claim dated "2017" overlaps a filter "from 2017-06".
 * Days are ISO strings "YYYY-MM-DD": they compare correctly as strings.
 */
export type DayInterval = { start: string; end: string };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// Intervals by value: a corpus has few distinct dates (months, days) but every filter, as-of cut
// and playback step asks for each claim's. Without this, cutting 200,000 claims at a month took
// about a second here, against 40 ms for no date filter. Bounded: cleared past MAX_CACHED values.
const cache = new Map<string, DayInterval>();
const MAX_CACHED = 20_000;

export function intervalOf(value: string): DayInterval {
  let hit = cache.get(value);
  if (!hit) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(value, (hit = computeInterval(value)));
  }
  return hit;
}

function computeInterval(value: string): DayInterval {
  const [y, m, d] = value.split("-");
  if (d) return { start: value, end: value };
  if (m) return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(daysIn(Number(y), Number(m))).padStart(2, "0")}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Whether a partial date overlaps the range [from, to] (either end open when null). */
export function overlaps(value: string, from: string | null, to: string | null): boolean {
  const v = intervalOf(value);
  if (from && v.end < intervalOf(from).start) return false;
  if (to && v.start > intervalOf(to).end) return false;
  return true;
}

/** "2017-08" -> the next month "2017-09". */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Every month from a to b inclusive ("2016-11" .. "2017-02"). */
export function monthsBetween(a: string, b: string): string[] {
  const out: string[] = [];
  for (let m = a; m <= b && out.length < 1200; m = nextMonth(m)) out.push(m);
  return out;
}
