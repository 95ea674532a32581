import { loadActorLexicon } from "../articles/resources";
import { articlesToRecount, type ClaimFact, derived } from "../data/corpus";
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
type Live = {
  grouping: EventGrouping;
  outlets: Map<string, string | undefined>;
  counted: Map<string, { facts: readonly ClaimFact[]; accepted: readonly EventClaim[] }>;
  /** The corpus last grouped (its serial), to ask which articles changed since. */
  serial?: number;
};
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
    const held = g[LIVE];
    const recount = held ? articlesToRecount(c, held.serial, held.counted) : null;
    // Past half the articles, grouping afresh is cheaper (and drops what the old grouping held).
    const first = !held || !recount || recount.length > c.byArticle.size / 2;
    const live = first ? (g[LIVE] = fresh()) : held;
    const slugs = first ? [...c.byArticle.keys()] : recount!;
    const changes = new Map<string, readonly EventClaim[] | undefined>();
    for (const slug of slugs) {
      const facts = c.byArticle.get(slug);
      if (!facts) {
        live.counted.delete(slug);
        changes.set(slug, undefined);
        continue;
      }
      // The public grouping reads accepted claims only (issue 15 §3), as the corpus's `claims` does.
      const accepted = facts.every((f) => f.status === "accepted") ? facts : facts.filter((f) => f.status === "accepted");
      live.counted.set(slug, { facts, accepted });
      changes.set(slug, accepted.length ? accepted : undefined);
    }
    live.serial = c.serial;
    // An article's outlet is its listing's source: only the articles read again can have changed it.
    const changed = new Set(slugs);
    for (const slug of slugs) live.outlets.delete(slug);
    for (const l of c.listing) if (changed.has(l.slug)) live.outlets.set(l.slug, l.source);
    live.grouping.patch(changes, book.overrides);
    return indexOf(live.grouping);
  });
}
