import { type CorpusEvent, cellsOf, type EventClaim, eventIdOf, type GroupingContext, groupPrepared, outletKey, type Prepared, prepare } from "./group";
import { applyOverrides, type EventOverride } from "./overrides";

/**
 * Event grouping kept across corpus versions (issue 14 §3): a write regroups only the claims it
 * can affect, not the corpus (6.5 s and hundreds of MB at 200,000 claims).
 *
 * Why a part can be regrouped alone: groupEvents takes claims earliest first and a claim only
 * ever looks at events whose first claim shares one of its cells (kind, top-level groups, coarse
 * place: cellsOf) and overlaps it in time, so within one calendar year (a partial date never
 * spans two). Link two claims when they share a cell and a year and their days overlap: the
 * events of a connected part are the same whether it is grouped alone or with everything else.
 * A write takes out and puts in whole articles; the parts holding their claims (before and after)
 * are found from the cells of those claims and regrouped. Editors' overrides are then replayed
 * on the few events holding a claim they name.
 */
/** Updates remembered for movedSince: a consumer further behind than this counts everything again. */
const LOGGED = 64;

/** The dated claims of one cell in one year, under the cell's key (held once, not per claim). */
type Cell = { key: string; nodes: Node[] };
/** `event` is null for a claim that is an event alone (most are): that event is made when asked for. */
type Node = Prepared & { cells: readonly Cell[]; event: CorpusEvent | null };
/** A base event as the grouping holds it: a shared event, or the node of a claim alone. */
type Handle = CorpusEvent | Node;
const isNode = (h: Handle): h is Node => "c" in h;
const alone = (n: Node): CorpusEvent => ({ id: eventIdOf(n.c.id), claimIds: [n.c.id], sources: 1 });
const eventOfHandle = (h: Handle): CorpusEvent => (isNode(h) ? (h.event ?? alone(h)) : h);

/** One value, or several when ids repeat (two articles carrying one wire verbatim). */
type OneOrMore<T> = T | T[];
const all = <T>(v: OneOrMore<T> | undefined): readonly T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
function addTo<T>(m: Map<string, OneOrMore<T>>, k: string, v: T): void {
  const had = m.get(k);
  m.set(k, had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v]);
}
function removeFrom<T>(m: Map<string, OneOrMore<T>>, k: string, v: T): void {
  const rest = all(m.get(k)).filter((x) => x !== v);
  if (rest.length === 0) m.delete(k);
  else m.set(k, rest.length === 1 ? rest[0]! : rest);
}

/** Where ids repeat, the same pick whatever the order things came in: the least by content. */
const eventKey = (e: CorpusEvent) => `${e.id}\u0000${e.claimIds.join(",")}\u0000${e.sources}`;
function pick(events: readonly CorpusEvent[]): CorpusEvent | undefined {
  let best: CorpusEvent | undefined;
  for (const e of events) if (!best || eventKey(e) < eventKey(best)) best = e;
  return best;
}

/** What each version of the index reads (see EventIndex in event-index.ts). */
export type EventLookups = {
  eventOf: (claimId: string) => CorpusEvent | undefined;
  eventById: (id: string) => CorpusEvent | undefined;
  /** Every event once (overrides applied). */
  list: () => CorpusEvent[];
};

/** The cells of an undated claim: none, one array for all of them. */
const NO_CELLS: readonly Cell[] = [];

export class EventGrouping {
  /** Day bounds by value: 200,000 claims name a few thousand days (one string each, not two per claim). */
  private readonly days = new Map<string, string>();
  /** Dated claims by cell and year: where a claim's possible matches are. */
  private readonly cells = new Map<string, Cell>();
  /** Finest-place lists by content: 200,000 claims name a few thousand distinct lists. */
  private readonly placeLists = new Map<string, string[]>();
  private readonly byId = new Map<string, OneOrMore<Node>>();
  /** The grouping's events (before overrides) by event id. */
  private readonly base = new Map<string, OneOrMore<CorpusEvent>>();
  private overridden: { hidden: Set<Handle>; byClaim: Map<string, CorpusEvent>; byId: Map<string, CorpusEvent>; events: CorpusEvent[] } = {
    hidden: new Set(),
    byClaim: new Map(),
    byId: new Map(),
    events: [],
  };
  /** Claims counted so far, by article: the array each article had when counted. */
  readonly counted = new Map<string, readonly EventClaim[]>();
  /** Claims counted. */
  private size = 0;

  /** Bumped by every update; the claims each recent update moved, for consumers that skipped some. */
  generation = 0;
  private readonly log: { generation: number; moved: readonly EventClaim[] }[] = [];

  constructor(private readonly ctx: GroupingContext) {}

  /**
   * The counted claims whose event may have changed since `generation` (several updates' worth
   * when a consumer skipped versions), or null when that is too long ago to say.
   */
  movedSince(generation: number): EventClaim[] | null {
    if (generation === this.generation) return [];
    if (generation > this.generation || !this.log.length || this.log[0]!.generation > generation + 1) return null;
    const out = new Set<EventClaim>();
    for (const l of this.log) if (l.generation > generation) for (const c of l.moved) out.add(c);
    // Some may have been removed since: only those still counted.
    return [...out].filter((c) => this.nodeOf(c) !== undefined);
  }

  /**
   * Brings the grouping to `articles` (every article's claims; an article whose array is the one
   * counted is taken as unchanged) and `overrides`. Returns the counted claims whose event may
   * have changed (those to count again); removed claims are not among them.
   */
  update(articles: ReadonlyMap<string, readonly EventClaim[]>, overrides: readonly EventOverride[]): EventClaim[] {
    const changes = new Map<string, readonly EventClaim[] | undefined>();
    for (const [slug, claims] of this.counted) if (articles.get(slug) !== claims) changes.set(slug, articles.get(slug));
    for (const [slug, claims] of articles) if (this.counted.get(slug) !== claims) changes.set(slug, claims);
    return this.patch(changes, overrides);
  }

  /**
   * As update, given only the articles that may have changed (undefined: gone or no claims);
   * every other article stays as counted. A write costs the claims it touches, not a walk over
   * every article of the corpus.
   */
  patch(changes: ReadonlyMap<string, readonly EventClaim[] | undefined>, overrides: readonly EventOverride[]): EventClaim[] {
    const removed: Node[] = [];
    const added: Node[] = [];
    for (const [slug, claims] of changes) {
      const was = this.counted.get(slug);
      if (!was || was === claims) continue;
      for (const c of was) removed.push(this.remove(c));
      this.counted.delete(slug);
    }
    for (const [slug, claims] of changes) {
      if (!claims || this.counted.get(slug) === claims) continue;
      for (const c of claims) added.push(this.add(c));
      this.counted.set(slug, claims);
    }
    const touched = new Set<EventClaim>();
    // Everything new (a first build): the part is every claim, no need to walk the links.
    const part = removed.length === 0 && added.length === this.size ? added : this.partOf([...removed, ...added]);
    this.regroup(part, removed);
    for (const n of part) for (const m of all(this.byId.get(n.c.id))) touched.add(m.c);
    const wasHidden = this.overridden.hidden;
    this.replay(overrides);
    for (const h of [...wasHidden, ...this.overridden.hidden]) for (const id of eventOfHandle(h).claimIds) for (const n of all(this.byId.get(id))) touched.add(n.c);
    const moved = [...touched];
    this.log.push({ generation: ++this.generation, moved });
    if (this.log.length > LOGGED) this.log.shift();
    return moved;
  }

  lookups(): EventLookups {
    const o = this.overridden;
    const visible = (hs: readonly Handle[]) => pick(hs.filter((h) => !o.hidden.has(h)).map(eventOfHandle));
    const handleOf = (n: Node): Handle => n.event ?? n;
    return {
      eventOf: (id) => o.byClaim.get(id) ?? visible(all(this.byId.get(id)).map(handleOf)),
      eventById: (id) => {
        // A claim alone's event: its id is the claim's with "e-" for "c-" (eventIdOf).
        const rest = id.slice(2);
        const lone = [...all(this.byId.get(`c-${rest}`)), ...all(this.byId.get(rest))].filter((n) => !n.event && eventIdOf(n.c.id) === id);
        return o.byId.get(id) ?? visible([...all(this.base.get(id)), ...lone]);
      },
      list: () => {
        const out = new Map<string, CorpusEvent>();
        for (const es of this.base.values()) for (const e of all(es)) if (!o.hidden.has(e)) out.set(eventKey(e), e);
        for (const ns of this.byId.values()) for (const n of all(ns)) if (!n.event && !o.hidden.has(n)) out.set(eventKey(alone(n)), alone(n));
        for (const e of o.events) out.set(eventKey(e), e);
        return [...out.values()];
      },
    };
  }

  private add(c: EventClaim): Node {
    const p = prepare(c, this.ctx);
    const placesKey = p.places.join("\u0000");
    const places = this.placeLists.get(placesKey) ?? this.placeLists.set(placesKey, p.places).get(placesKey)!;
    const day = (d: string) => this.days.get(d) ?? (this.days.set(d, d), d);
    const n: Node = { c, places, start: day(p.start), end: day(p.end), cells: NO_CELLS, event: null };
    if (c.date) {
      n.cells = cellsOf(n, this.ctx).map((k) => {
        const key = `${k}|${n.start.slice(0, 4)}`;
        return this.cells.get(key) ?? this.cells.set(key, { key, nodes: [] }).get(key)!;
      });
    }
    for (const cell of n.cells) cell.nodes.push(n);
    this.size++;
    addTo(this.byId, c.id, n);
    return n;
  }

  /**
   * The node counting a claim object, found through its id (an id names one claim, or a few where
   * two articles carry one text): a claim-to-node map of its own held 200,000 entries more.
   */
  private nodeOf(c: EventClaim): Node | undefined {
    const at = this.byId.get(c.id);
    if (at === undefined) return undefined;
    if (!Array.isArray(at)) return at.c === c ? at : undefined;
    return at.find((n) => n.c === c);
  }

  private remove(c: EventClaim): Node {
    const n = this.nodeOf(c)!;
    for (const cell of n.cells) {
      cell.nodes.splice(cell.nodes.indexOf(n), 1);
      if (!cell.nodes.length) this.cells.delete(cell.key);
    }
    this.size--;
    removeFrom(this.byId, c.id, n);
    return n;
  }

  /** The claims linked, through shared cells and overlapping days, to any of `seeds` (those still counted). */
  private partOf(seeds: readonly Node[]): Node[] {
    const seen = new Set<Node>();
    const queue: Node[] = [];
    const visit = (n: Node) => {
      if (!seen.has(n)) seen.add(n), queue.push(n);
    };
    for (const s of seeds) {
      if (this.nodeOf(s.c) === s) visit(s);
      // A removed claim still links what it linked: its cells' claims overlapping it.
      else for (const cell of s.cells) for (const m of cell.nodes) if (m.start <= s.end && s.start <= m.end) visit(m);
    }
    for (let i = 0; i < queue.length; i++) {
      const n = queue[i]!;
      for (const cell of n.cells) for (const m of cell.nodes) if (m.start <= n.end && n.start <= m.end) visit(m);
    }
    return queue;
  }

  /** Replaces the events of `part` and of the removed claims by a fresh grouping of `part`. */
  private regroup(part: Node[], removed: readonly Node[]): void {
    for (const n of [...part, ...removed]) if (n.event) removeFrom(this.base, n.event.id, n.event);
    for (const n of removed) n.event = null;
    if (!part.length) return;
    for (const { event, members } of groupPrepared([...part], this.ctx, (n) => n.cells.map((cell) => cell.key))) {
      if (members.length === 1) {
        members[0]!.event = null;
        continue;
      }
      addTo(this.base, event.id, event);
      for (const n of members) n.event = event;
    }
  }

  /** The editors' overrides on the events holding a claim they name; the rest stay as grouped. */
  private replay(overrides: readonly EventOverride[]): void {
    const live = overrides.map((o) => ({ ...o, claimIds: o.claimIds.filter((id) => this.byId.has(id)) }));
    const hidden = new Set<Handle>();
    for (const o of live) for (const id of o.claimIds) for (const n of all(this.byId.get(id))) hidden.add(n.event ?? n);
    const outlets = (id: string) => all(this.byId.get(id)).map((n) => outletKey(this.ctx.outletOf(n.c.article), n.c.article));
    const order = (id: string) => `${all(this.byId.get(id))[0]?.start ?? "9999"}|${id}`;
    const events = applyOverrides({ events: [...hidden].map(eventOfHandle), outletsOfClaim: outlets }, live, (a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    const byClaim = new Map<string, CorpusEvent>();
    const byId = new Map<string, CorpusEvent>();
    for (const e of events) {
      for (const id of e.claimIds) byClaim.set(id, e);
      byId.set(e.id, e);
    }
    this.overridden = { hidden, byClaim, byId, events };
  }
}
