import { loadActorLexicon } from "../articles/resources";
import { derived } from "../data/corpus";
import { gradeBook } from "../data/sources";
import { loadGazetteer } from "../geo/geodata-files";
import type { Place } from "../schema/gazetteer";
import { buildEventIndex, type EventIndex } from "./event-index";

let places: ReadonlyMap<string, Place> | undefined;

/**
 * The corpus's events, grouped once per corpus version in the derived cache (never per
 * request). A grade or an editor's split/merge bumps the version, so it is seen at once.
 */
export async function loadEventIndex(): Promise<EventIndex> {
  const book = await gradeBook();
  return derived("event-index", (c) => {
    places ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    const parents = new Map(loadActorLexicon().actors.flatMap((a) => (a.parent ? [[a.id, a.parent] as const] : [])));
    const outlets = new Map(c.listing.map((l) => [l.slug, l.source]));
    return buildEventIndex(c.claims, { place: (id) => places!.get(id), parentOf: (id) => parents.get(id), outletOf: (a) => outlets.get(a) }, book.overrides);
  });
}
