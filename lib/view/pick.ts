import type { Mark } from "./marks";
import type { ViewLayer } from "./view-state";

const FINEST_FIRST = { point: 0, province: 1, region: 2, country: 3 } as const;

/** Finest place first; at the same precision a claim layer before the activity choropleth. */
function specificFirst(a: Mark, b: Mark): number {
  return FINEST_FIRST[a.precision] - FINEST_FIRST[b.precision] || Number(a.layer === "activity") - Number(b.layer === "activity");
}

/**
 * The marks under a click, finest first: a point before the province it sits in, a province
 * before its country, so the most precise statement answers the click.
 */
export function marksAt(hit: { markIds: string[]; areas: { source: string; id: string }[] }, marks: readonly Mark[], visible: readonly ViewLayer[]): Mark[] {
  const areaKeys = new Set(hit.areas.map((a) => `${a.source}/${a.id}`));
  const found = marks.filter((m) => visible.includes(m.layer) && (hit.markIds.includes(m.id) || m.targets.some((t) => areaKeys.has(`${t.source}/${t.id}`))));
  return found.sort((a, b) => specificFirst(a, b) || a.id.localeCompare(b.id));
}

/**
 * The mark that shows a claim on the map ("show this claim"): its own mark (by the id its row
 * carries) when that layer is visible, else the activity mark of its first country. Marks hold
 * counts, not claim ids, so the row says which mark answers for it.
 */
export function markForClaim(row: { mark: string | null; countries: readonly string[] }, marks: readonly Mark[], visible: readonly ViewLayer[]): Mark | undefined {
  const own = row.mark ? marks.find((m) => m.id === row.mark && visible.includes(m.layer)) : undefined;
  if (own || !visible.includes("activity")) return own;
  for (const iso of row.countries) {
    const m = marks.find((x) => x.id === `activity@country:${iso}`);
    if (m) return m;
  }
  return undefined;
}
