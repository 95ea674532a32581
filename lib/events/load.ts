import { loadActorLexicon } from "../articles/resources";
import { derived } from "../data/corpus";
import { gradeBook } from "../data/sources";
import { loadGazetteer } from "../geo/geodata-files";
import type { Place } from "../schema/gazetteer";
import { type EventIndex, indexOf } from "./event-index";
import type { EventClaim } from "./group";
import { EventGrouping } from "./incremental";

let places: ReadonlyMap<string, Place> | undefined;

/**
 * The grouping kept across corpus versions on globalThis (one per process, shared by every Next
 * entry), with the outlets it reads: a version regroups only what its writes touched.
 */
type Live = { grouping: EventGrouping; outlets: Map<string, string | undefined>; counted: Map<string, { facts: readonly unknown[]; accepted: readonly EventClaim[] }> };
const LIVE = Symbol.for("allegiance-atlas.live-events");
const g = globalThis as unknown as { [LIVE]?: Live };

function fresh(): Live {
  places ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
  const parents = new Map(loadActorLexicon().actors.flatMap((a) => (a.parent ? [[a.id, a.parent] as const] : [])));
  const outlets = new Map<string, string | undefined>();
  const byPlace = places;
  const grouping = new EventGrouping({ place: (id) => byPlace.get(id), parentOf: (id) => parents.get(id), outletOf: (a) => outlets.get(a) });
  return { grouping, outlets, counted: new Map() };
}

/**
 * The corpus's events, grouped once per corpus version in the derived cache (never per
 * request) and patched from the previous version's. A grade or an editor's split/merge bumps
 * the version, so it is seen at once.
 */
export async function loadEventIndex(): Promise<EventIndex> {
  const book = await gradeBook();
  return derived("event-index", (c) => {
    const changed = g[LIVE] ? [...c.byArticle].filter(([slug, facts]) => g[LIVE]!.counted.get(slug)?.facts !== facts).length : Infinity;
    // Past half the articles, grouping afresh is cheaper (and drops what the old grouping held).
    const first = !g[LIVE] || changed > c.byArticle.size / 2;
    const live = first ? (g[LIVE] = fresh()) : g[LIVE]!;
    const accepted = new Map<string, readonly EventClaim[]>();
    for (const [slug, facts] of c.byArticle) {
      let was = live.counted.get(slug);
      // The public grouping reads accepted claims only (issue 15 §3), as the corpus's `claims` does.
      if (was?.facts !== facts)
        live.counted.set(slug, (was = { facts, accepted: facts.every((f) => f.status === "accepted") ? facts : facts.filter((f) => f.status === "accepted") }));
      if (was.accepted.length) accepted.set(slug, was.accepted);
    }
    for (const slug of live.counted.keys()) if (!c.byArticle.has(slug)) live.counted.delete(slug);
    live.outlets.clear();
    for (const l of c.listing) live.outlets.set(l.slug, l.source);
    live.grouping.update(accepted, book.overrides);
    return indexOf(live.grouping);
  });
}
