import { intervalOf } from "../view/date-range";
import { type CorpusEvent, type EventClaim, type GroupingContext, groupEvents, outletKey } from "./group";
import { applyOverrides, type EventOverride } from "./overrides";

/**
 * The corpus's events and the way from a claim to its event: what the map counts (distinct
 * events, not reports), what the popup lists and what downloads carry as `event_id`/`sources`.
 */
export type EventIndex = {
  events: ReadonlyMap<string, CorpusEvent>;
  /** The event a claim belongs to; every claim has one (a lone report is an event of one). */
  eventOf: (claimId: string) => CorpusEvent | undefined;
};

export function buildEventIndex(claims: readonly EventClaim[], ctx: GroupingContext, overrides: readonly EventOverride[] = []): EventIndex {
  // Ids repeat when two articles carry one text verbatim (a claim id hashes its passage).
  const byId = new Map<string, EventClaim[]>();
  for (const c of claims) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const sortKey = (id: string) => {
    const c = byId.get(id)?.[0];
    return `${c?.date ? intervalOf(c.date.value).start : "9999"}|${id}`;
  };
  const outletsOfClaim = (id: string) => (byId.get(id) ?? []).map((c) => outletKey(ctx.outletOf(c.article), c.article));
  // Overrides name claims that may have been deleted since: those ids are simply absent.
  const live = overrides.map((o) => ({ ...o, claimIds: o.claimIds.filter((id) => byId.has(id)) }));
  const keys = new Map<string, string>();
  const order = (id: string) => keys.get(id) ?? (keys.set(id, sortKey(id)), keys.get(id)!);
  const events = applyOverrides({ events: groupEvents(claims, ctx), outletsOfClaim }, live, (a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const map = new Map(events.map((e) => [e.id, e]));
  const ofClaim = new Map<string, CorpusEvent>();
  for (const e of events) for (const id of e.claimIds) ofClaim.set(id, e);
  return { events: map, eventOf: (id) => ofClaim.get(id) };
}
