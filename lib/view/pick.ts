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

/** The first mark (finest, most specific layer) that holds a claim: "show this claim on the map". */
export function markForClaim(claimId: string, marks: readonly Mark[], visible: readonly ViewLayer[]): Mark | undefined {
  return marks.filter((m) => m.claimIds.includes(claimId) && visible.includes(m.layer)).sort(specificFirst)[0];
}
