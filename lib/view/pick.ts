import type { Mark } from "./marks";
import type { ViewLayer } from "./view-state";

const FINEST_FIRST = { point: 0, province: 1, region: 2, country: 3 } as const;

/**
 * The marks under a click, finest first: a point before the province it sits in, a province
 * before its country, so the most precise statement answers the click.
 */
export function marksAt(hit: { markIds: string[]; areas: { source: string; id: string }[] }, marks: readonly Mark[], visible: readonly ViewLayer[]): Mark[] {
  const areaKeys = new Set(hit.areas.map((a) => `${a.source}/${a.id}`));
  const found = marks.filter((m) => visible.includes(m.layer) && (hit.markIds.includes(m.id) || m.targets.some((t) => areaKeys.has(`${t.source}/${t.id}`))));
  return found.sort((a, b) => FINEST_FIRST[a.precision] - FINEST_FIRST[b.precision] || visible.indexOf(b.layer) - visible.indexOf(a.layer) || a.id.localeCompare(b.id));
}

/** The first mark (finest, most specific layer) that holds a claim: "show this claim on the map". */
export function markForClaim(claimId: string, marks: readonly Mark[], visible: readonly ViewLayer[]): Mark | undefined {
  return marks
    .filter((m) => m.claimIds.includes(claimId) && visible.includes(m.layer))
    .sort((a, b) => FINEST_FIRST[a.precision] - FINEST_FIRST[b.precision] || (a.layer === "activity" ? 1 : 0) - (b.layer === "activity" ? 1 : 0))[0];
}
