import type { Claim } from "../schema/article";
import { effectiveRange, emptyRange, inRange } from "../time/as-of";
import { intervalOf } from "./date-range";
import type { Filters } from "./view-state";

/** Which actors a filter on `id` covers: the actor and its branches (al-Qaeda covers AQAP). */
export type ActorFamily = (id: string) => readonly string[];

export const noFamily: ActorFamily = (id) => [id];

/** What filtering looks at: a claim's groups, kind, countries and date. */
export type FilterableClaim = Pick<Claim, "actors" | "fromActor" | "toActor" | "kind" | "countries" | "date">;

function claimActors(c: FilterableClaim): string[] {
  return [...c.actors, ...(c.fromActor ? [c.fromActor] : []), ...(c.toActor ? [c.toActor] : [])];
}

/**
 * The claims a view shows. Within one filter any value matches (isis OR al-qaeda); across
 * filters all must (isis AND pledge). A date filter keeps claims whose date, at its own
 * precision, overlaps the range; undated claims drop out once a date range is set.
 */
export function filterClaims<C extends FilterableClaim>(claims: readonly C[], f: Filters, family: ActorFamily = noFamily, ignore: { dates?: boolean } = {}): C[] {
  const actors = new Set(f.actors.flatMap(family));
  const kinds = new Set<string>(f.kinds);
  const countries = new Set<string>(f.countries);
  // `at` (and its window) narrows the range; the timeline, which ignores dates, still spans all.
  const range = effectiveRange(f);
  const dated = !ignore.dates && (range.from !== null || range.to !== null);
  if (dated && emptyRange(range)) return [];
  return claims.filter((c) => {
    if (actors.size && !claimActors(c).some((a) => actors.has(a))) return false;
    if (kinds.size && !kinds.has(c.kind)) return false;
    if (countries.size && !c.countries.some((iso) => countries.has(iso))) return false;
    if (dated && (!c.date || !inRange(intervalOf(c.date.value), range))) return false;
    return true;
  });
}
