import type { CorpusEvent, EventClaim, GroupingContext } from "./group";
import { EventGrouping, type EventLookups } from "./incremental";
import type { EventOverride } from "./overrides";

/**
 * The corpus's events and the way from a claim to its event: what the map counts (distinct
 * events, not reports), what the popup lists and what downloads carry as `event_id`/`sources`.
 */
export type EventIndex = {
  events: ReadonlyMap<string, CorpusEvent>;
  /** The event a claim belongs to; every claim has one (a lone report is an event of one). */
  eventOf: (claimId: string) => CorpusEvent | undefined;
  /**
   * The claims whose event may differ from an earlier index's (what a count kept across
   * versions takes out and puts back), or null when unknown (count them all again).
   */
  movedSince: (earlier: EventIndex | undefined) => readonly EventClaim[] | null;
};

/**
 * The events as a map: lookups by id go straight to the grouping; size and iteration (tests,
 * tools) list every event once, on first use.
 */
class EventMap implements ReadonlyMap<string, CorpusEvent> {
  private whole?: Map<string, CorpusEvent>;
  constructor(private readonly l: EventLookups) {}
  private map(): Map<string, CorpusEvent> {
    if (!this.whole) {
      this.whole = new Map();
      for (const e of this.l.list()) if (!this.whole.has(e.id)) this.whole.set(e.id, this.l.eventById(e.id)!);
    }
    return this.whole;
  }
  get(id: string) {
    return this.l.eventById(id);
  }
  has(id: string) {
    return this.l.eventById(id) !== undefined;
  }
  get size() {
    return this.map().size;
  }
  forEach(f: (v: CorpusEvent, k: string, m: ReadonlyMap<string, CorpusEvent>) => void) {
    for (const [k, v] of this.map()) f(v, k, this);
  }
  entries() {
    return this.map().entries();
  }
  keys() {
    return this.map().keys();
  }
  values() {
    return this.map().values();
  }
  [Symbol.iterator]() {
    return this.map().entries();
  }
}

/** What an index was made from, to say what moved since (see movedSince). */
const made = new WeakMap<EventIndex, { grouping: EventGrouping; generation: number }>();

/** The index for the grouping's current state (valid until its next update). */
export function indexOf(grouping: EventGrouping): EventIndex {
  const l = grouping.lookups();
  const index: EventIndex = {
    events: new EventMap(l),
    eventOf: l.eventOf,
    movedSince: (earlier) => {
      const from = earlier && made.get(earlier);
      return from && from.grouping === grouping ? grouping.movedSince(from.generation) : null;
    },
  };
  made.set(index, { grouping, generation: grouping.generation });
  return index;
}

/** The claims by article, in the order given. */
export function byArticle(claims: readonly EventClaim[]): Map<string, EventClaim[]> {
  const out = new Map<string, EventClaim[]>();
  for (const c of claims) (out.get(c.article) ?? out.set(c.article, []).get(c.article)!).push(c);
  return out;
}

export function buildEventIndex(claims: readonly EventClaim[], ctx: GroupingContext, overrides: readonly EventOverride[] = []): EventIndex {
  const grouping = new EventGrouping(ctx);
  grouping.update(byArticle(claims), overrides);
  return indexOf(grouping);
}
