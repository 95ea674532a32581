import type { Place } from "../schema/gazetteer";
import { type Counter, bump, sortedIndex } from "./counters";
import { jointId, jointPlaces, statedShare } from "./figures";
import { type MarkEntry, markOf } from "./mark-entry";
import { jointMark, LAYER_OF, type Mark, type MarkableClaim, type MarkEvents, newMark } from "./marks";
import { GROUP_OF, type LayerClaim, type PlaceEntry, type PlaceGroup } from "./place-entry";
import { VIEW_LAYERS, type ViewLayer } from "./view-state";

/**
 * The one aggregation from claims to places (issue 14 §2), kept so that an article can be taken
 * out and put back in: every figure is a count, so ingesting or curating one article patches the
 * entries its claims touch instead of re-reading 200,000 claims. The dashboard's marks and the
 * claim layers of the API are both built from it (the layers add the places' shapes).
 */
export { leading } from "./counters";
export { firstClaims, type LayerClaim, type PlaceEntry, type PlaceGroup } from "./place-entry";

export class ClaimAggregate {
  readonly marks = new Map<string, MarkEntry>();
  readonly placeEntries = new Map<string, PlaceEntry>();
  /** Distinct events per layer (issue 16 §1: two reports of one capture count once). */
  readonly layerCounts = Object.fromEntries(VIEW_LAYERS.map((l) => [l, 0])) as Record<ViewLayer, number>;
  private readonly layerEvents = Object.fromEntries(VIEW_LAYERS.map((l) => [l, new Map()])) as Record<ViewLayer, Counter<string>>;
  /**
   * The event each counted claim was counted under, so taking it out undoes exactly that: kept
   * only for a claim whose event is not itself alone, since a claim alone (most of them) is
   * counted under its own id. A key object and a fresh event id per claim were 25 MB at 200,000.
   */
  private readonly shared = new WeakMap<object, string>();
  /** The outlet each counted article's claims were counted under (an outlet is an article's). */
  private readonly outletOfArticle = new Map<string, string>();
  /** How claims map to events and outlets; every claim its own event and article its own outlet without it. */
  ev: MarkEvents | undefined;
  /** Timeline counters: claims by month (dated to a day or month) and by year (dated to a year only). */
  readonly months: Counter<string> = new Map();
  readonly years: Counter<string> = new Map();
  undated = 0;
  total = 0;
  claimPlaceRows = 0;
  readonly mentioned: Counter<string> = new Map();
  readonly perArticle: Counter<string> = new Map();
  /** Bumped by every apply(); entries touched carry the revision, so results are rebuilt per entry. */
  rev = 0;
  /** Place entries changed (counted in or out) since each group's layer last asked: see takeTouched. */
  private readonly touched = new Map<PlaceGroup, Set<string>>();
  private built: Mark[] | null = null;
  private markCache = new Map<string, { rev: number; mark: Mark }>();
  private order: string[] | null = null;

  /**
   * `layers`: also keep the claim layers' per-place entries (they hold the claims, for
   * provenance). `marks: false`: those entries only, no marks (the layers' own aggregate: the
   * dashboard's has the marks, and keeping them twice cost 100 MB at 200,000 claims).
   */
  constructor(
    readonly places: ReadonlyMap<string, Place>,
    readonly opts: { layers?: boolean; marks?: boolean; events?: MarkEvents } = {},
  ) {
    this.ev = opts.events;
  }

  /**
   * The key a claim's event is counted under: its own id when it is an event alone (claim ids
   * and shared events' ids, "e-…", never meet; a claim id that itself begins "e-" keeps its
   * event's id), else its event's id.
   */
  private eventKey(c: MarkableClaim, ev: MarkEvents | undefined): string {
    const e = ev?.eventOf(c.id);
    if (!e || (e.claimIds?.length === 1 && e.claimIds[0] === c.id && !c.id.startsWith("e-"))) return c.id;
    return e.id;
  }

  private keyOf(c: MarkableClaim, sign: 1 | -1): { event: string; outlet: string } {
    let event = this.shared.get(c);
    if (event === undefined) {
      event = sign > 0 ? this.eventKey(c, this.ev) : c.id;
      if (sign > 0 && event !== c.id) this.shared.set(c, event);
    } else if (sign < 0) this.shared.delete(c);
    let outlet = this.outletOfArticle.get(c.article);
    if (outlet === undefined) {
      outlet = this.ev ? this.ev.outletOf(c) : c.article;
      if (sign > 0) this.outletOfArticle.set(c.article, outlet);
    }
    return { event, outlet };
  }

  /**
   * Moves to another event grouping (the event index is rebuilt per corpus version, and a new
   * article can join another article's claims into one event): only the claims whose event or
   * outlet changed are taken out and counted again. `claims` are claims of articles this
   * aggregate counts (the grouping and the corpus aggregate read the same accepted claims).
   */
  rekey(ev: MarkEvents | undefined, claims: Iterable<MarkableClaim>): this {
    if (ev === this.ev) return this;
    const moved: MarkableClaim[] = [];
    for (const c of claims) {
      // Not counted here (a claim the grouping moved but this aggregate never took in).
      if (!this.perArticle.has(c.article)) continue;
      const was = { event: this.shared.get(c) ?? c.id, outlet: this.outletOfArticle.get(c.article) };
      if (was.event !== this.eventKey(c, ev) || was.outlet !== (ev ? ev.outletOf(c) : c.article)) moved.push(c);
    }
    if (moved.length) this.apply(moved, -1);
    this.ev = ev;
    if (moved.length) this.apply(moved, 1);
    return this;
  }

  /** Counts claims in (sign 1) or takes them out again (-1: the same claim objects). */
  apply(claims: Iterable<MarkableClaim & Partial<LayerClaim>>, sign: 1 | -1): this {
    this.built = null;
    this.rev++;
    for (const c of claims) {
      // Before the article's count moves: its last claim out forgets the outlet it was counted under.
      const key = this.opts.marks !== false ? this.keyOf(c, sign) : null;
      this.total += sign;
      bump(this.perArticle, c.article, sign);
      if (sign < 0 && !this.perArticle.has(c.article)) this.outletOfArticle.delete(c.article);
      for (const a of new Set([...c.actors, c.fromActor, c.toActor])) if (a) bump(this.mentioned, a, sign);
      if (!c.date) this.undated += sign;
      else if (c.date.precision === "year") bump(this.years, c.date.value.slice(0, 4), sign);
      else bump(this.months, c.date.value.slice(0, 7), sign);
      this.claimPlaceRows += sign * Math.max(1, c.places.filter((r) => this.places.has(r.placeId)).length);
      if (key) this.applyMarks(c, sign, key);
      if (this.opts.layers) this.applyPlaces(c as LayerClaim, sign);
    }
    return this;
  }

  private applyMarks(c: MarkableClaim, sign: 1 | -1, key: { event: string; outlet: string }): void {
    const layer = LAYER_OF[c.kind];
    const at = new Map<string, () => Mark>();
    // A share stated for several places together is one mark for the group (lib/view/figures).
    const joint =
      layer === "territorial-loss"
        ? jointPlaces(c)
            ?.map((id) => this.places.get(id))
            .filter((p): p is Place => !!p)
        : undefined;
    if (layer && joint && joint.length > 1) {
      const id = `${layer}@${jointId(joint.map((p) => p.id))}`;
      at.set(id, () => jointMark(id, joint));
    } else if (layer)
      for (const ref of c.places) {
        const place = this.places.get(ref.placeId);
        if (place) at.set(`${layer}@${place.id}`, () => newMark(`${layer}@${place.id}`, layer, place));
      }
    // Activity by country counts every claim once per country it concerns.
    for (const iso of c.countries) {
      const place = this.places.get(`country:${iso}`);
      if (place) at.set(`activity@${place.id}`, () => newMark(`activity@${place.id}`, "activity", place));
    }
    const layers = new Set<ViewLayer>();
    for (const [id, make] of at) {
      let e = this.marks.get(id);
      if (!e) {
        if (this.order) this.order.splice(sortedIndex(this.order, id), 0, id);
        this.marks.set(
          id,
          (e = {
            rev: 0,
            template: make(),
            claims: 0,
            accepted: 0,
            articles: new Map(),
            events: new Map(),
            outlets: new Map(),
            actors: new Map(),
            figures: new Map(),
            directions: new Map(),
          }),
        );
      }
      e.rev = this.rev;
      layers.add(e.template.layer);
      e.claims += sign;
      if (c.status !== "proposed") e.accepted += sign;
      bump(e.articles, c.article, sign);
      bump(e.events, key.event, sign);
      bump(e.outlets, key.outlet, sign);
      const actor = c.toActor ?? c.actors[0];
      if (actor) bump(e.actors, actor, sign);
      const f = e.template.layer === "territorial-loss" ? statedShare(c) : null;
      if (f) {
        const key = `${f.value}|${f.qualifier}|${f.text}`;
        const g = e.figures.get(key) ?? { figure: f, n: 0 };
        g.n += sign;
        if (g.n) e.figures.set(key, g);
        else e.figures.delete(key);
      }
      if (e.template.layer === "allegiance-shifts") {
        const key = `${c.fromActor ?? ""}>${c.toActor ?? ""}`;
        const d = e.directions.get(key) ?? { from: c.fromActor ?? null, to: c.toActor ?? null, actor: actor ?? null, n: 0 };
        d.n += sign;
        if (d.n) e.directions.set(key, d);
        else e.directions.delete(key);
      }
      if (e.claims === 0) {
        this.marks.delete(id);
        this.markCache.delete(id);
        if (this.order) this.order.splice(sortedIndex(this.order, id), 1);
      }
    }
    for (const l of layers) {
      bump(this.layerEvents[l], key.event, sign);
      this.layerCounts[l] = this.layerEvents[l].size;
    }
  }

  private applyPlaces(c: LayerClaim, sign: 1 | -1): void {
    const group = GROUP_OF[c.kind];
    for (const placeId of new Set(c.places.map((r) => r.placeId))) {
      const place = this.places.get(placeId);
      if (!place) continue;
      for (const g of group ? [group, "events" as const] : ["events" as const]) {
        const key = `${g}@${placeId}`;
        (this.touched.get(g) ?? this.touched.set(g, new Set()).get(g)!).add(key);
        let e = this.placeEntries.get(key);
        if (!e) this.placeEntries.set(key, (e = { rev: 0, place, claims: 0, actors: new Map(), byArticle: new Map() }));
        e.rev = this.rev;
        e.claims += sign;
        if (g === "events") bump((e.kinds ??= new Map()), c.kind, sign);
        for (const a of c.actors) bump(e.actors, a, sign);
        const recruiter = c.toActor ?? c.actors[0];
        if (g === "recruitment" && recruiter) bump((e.recruiters ??= new Map()), recruiter, sign);
        const q = c.quantity;
        if (g === "territorial-loss" && q?.unit === "percent" && typeof q.value === "number") {
          const percents = (e.percents ??= new Map());
          const k = `${q.value}|${q.text}`;
          const p = percents.get(k) ?? { quantity: q, n: 0 };
          p.n += sign;
          if (p.n) percents.set(k, p);
          else percents.delete(k);
        }
        if (g === "allegiance") {
          const directions = (e.directions ??= new Map());
          const k = `${c.fromActor ?? ""}>${c.toActor ?? ""}`;
          const d = directions.get(k) ?? { n: 0, claims: new Set() };
          d.n += sign;
          if (sign > 0) d.claims.add(c);
          else d.claims.delete(c);
          if (d.n) directions.set(k, d);
          else directions.delete(k);
        }
        const own = e.byArticle.get(c.article) ?? [];
        if (sign > 0) own.push(c);
        else own.splice(own.indexOf(c), 1);
        if (own.length) e.byArticle.set(c.article, own);
        else e.byArticle.delete(c.article);
        if (e.claims === 0) this.placeEntries.delete(key);
      }
    }
  }

  /** The keys of a group's place entries counted in or out since the last call (or since made), and forgets them. */
  takeTouched(group: PlaceGroup): string[] {
    const keys = this.touched.get(group);
    this.touched.delete(group);
    return keys ? [...keys] : [];
  }

  /**
   * The marks, sorted by id (byte order). After a change only the marks it touched are made
   * again, and a mark that came or went is put into or taken out of the order where it belongs
   * (rebuilding 15,000 marks, then sorting their ids, were most of ingest-one's time at 200,000
   * claims: a new article nearly always names a place no claim of a layer named before).
   */
  markList(): Mark[] {
    if (this.built) return this.built;
    this.order ??= [...this.marks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.built = this.order.map((id) => {
      const e = this.marks.get(id)!;
      const hit = this.markCache.get(id);
      if (hit && hit.rev === e.rev) return hit.mark;
      const mark = markOf(e, !!this.ev);
      this.markCache.set(id, { rev: e.rev, mark });
      return mark;
    });
    return this.built;
  }
}

/** The marks of some claims: the one aggregation, counted once. It lives here, not in marks.ts,
 * because the aggregation builds on marks.ts's types: the other way round is a cycle. */
export function marksFor(claims: Iterable<MarkableClaim>, places: ReadonlyMap<string, Place>, ev?: MarkEvents): Mark[] {
  return new ClaimAggregate(places, { events: ev }).apply(claims, 1).markList();
}
