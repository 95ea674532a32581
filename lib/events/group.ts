import type { Claim } from "../schema/article";
import { intervalOf } from "../view/date-range";
import { finestPlaces, lineage, type ParentOf, type PlaceLookup, sameDirection, sameGroups, samePlaces } from "./compatible";

/**
 * Claims from different articles that report the same thing form one event (issue 16 §1). A
 * claim joins an event only when it matches every claim already in it, so a year-precise claim
 * cannot chain a January report to a December one. Claims are taken earliest first, which makes
 * the result, and each event's id, the same on every run over the same corpus.
 */
export type EventClaim = Pick<Claim, "id" | "article" | "kind" | "actors" | "fromActor" | "toActor" | "places" | "countries" | "date">;

export type CorpusEvent = {
  /** "e-" + the id of its earliest claim: stable across runs, and across servers. */
  id: string;
  /** Its claims, earliest first. */
  claimIds: string[];
  /** Distinct outlets that report it (see outletKey); the map can shade by it. */
  sources: number;
};

export type GroupingContext = {
  place: PlaceLookup;
  parentOf: ParentOf;
  /** The outlet an article comes from (its `source`), undefined when not stated. */
  outletOf: (article: string) => string | undefined;
};

/**
 * One outlet however it is written ("Reuters", " reuters "). An article without a stated source
 * counts as an outlet of its own: nothing says it copies another.
 */
export function outletKey(source: string | undefined, article: string): string {
  const s = source?.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  return s ? `source:${s}` : `article:${article}`;
}

/** A claim with what grouping reads of it computed once: its finest places and its day interval. */
export type Prepared = { c: EventClaim; places: string[]; start: string; end: string };

/** Undated claims sort last ("9999") and never match (datesOverlap), so each is an event alone. */
export function prepare(c: EventClaim, ctx: GroupingContext): Prepared {
  const iv = c.date ? intervalOf(c.date.value) : null;
  return { c, places: finestPlaces(c, ctx.place), start: iv?.start ?? "9999", end: iv?.end ?? "9999" };
}

/** Whether two claims report the same thing; claims of one article are never paired directly. */
export function sameEvent(a: Prepared, b: Prepared, ctx: GroupingContext): boolean {
  if (a.c.article === b.c.article || a.c.kind !== b.c.kind) return false;
  // Dates overlap at their own precision ("2017-08" and "2017-08-14" do), on intervals computed once
  // per claim (comparing parsed dates pair by pair parsed them 10M times at 200k claims).
  if (!a.c.date || !b.c.date || a.start > b.end || b.start > a.end) return false;
  if (!sameGroups(a.c.actors, b.c.actors, ctx.parentOf)) return false;
  if (!sameDirection(a.c, b.c, ctx.parentOf)) return false;
  return samePlaces(a.places, b.places, ctx.place);
}

/** Claims that can only match each other share a bucket: kind and top-level groups. */
function bucketOf(c: EventClaim, parentOf: ParentOf): string {
  const root = (id: string) => lineage(id, parentOf).at(-1)!;
  const roots = [...new Set(c.actors.map(root))].sort().join(",");
  return `${c.kind}|${roots}|${c.fromActor ? root(c.fromActor) : ""}>${c.toActor ? root(c.toActor) : ""}`;
}

/**
 * Where a claim can match, coarsely: a town files under its province (a town and its province
 * match), anything else under itself. Two claims that match share one of these keys.
 */
function coarseKeys(places: readonly string[], ctx: GroupingContext): string[] {
  return [
    ...new Set(
      places.map((id) => {
        const p = ctx.place(id);
        return p?.kind === "city" && p.province ? `province:${p.province}` : id;
      }),
    ),
  ];
}

/**
 * The cells a dated claim can match in: kind and top-level groups, then a coarse place. Two
 * claims that report the same thing share a cell (and, dates lying within one calendar year,
 * a year); incremental grouping (incremental.ts) regroups only the cells a write touches.
 */
export function cellsOf(p: Prepared, ctx: GroupingContext): string[] {
  const bucket = bucketOf(p.c, ctx.parentOf);
  return coarseKeys(p.places, ctx).map((k) => `${bucket}|${k}`);
}

// Then by article: an id repeats when two articles carry one text, and the order must not
// depend on the order claims came in (incremental.ts regroups parts in no set order).
const byKey = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
export const earliestFirst = (a: Prepared, b: Prepared) => byKey(a.start, b.start) || byKey(a.c.id, b.c.id) || byKey(a.c.article, b.c.article);

export function groupEvents(claims: readonly EventClaim[], ctx: GroupingContext): CorpusEvent[] {
  return groupPrepared(
    claims.map((c) => prepare(c, ctx)),
    ctx,
  ).map((g) => g.event);
}

/**
 * groupEvents over claims already prepared (sorted here, in place), each event with its members
 * (ids can repeat across articles); `cells` gives each claim's cellsOf when already known.
 */
export function groupPrepared<P extends Prepared>(
  prepared: P[],
  ctx: GroupingContext,
  cells: (p: P) => readonly string[] = (p) => cellsOf(p, ctx),
): { event: CorpusEvent; members: P[] }[] {
  prepared.sort(earliestFirst);
  type Open = { members: P[]; minEnd: string; order: number };
  // Open events by kind, groups and coarse place. An event is filed under its first claim's
  // coarse places: a claim must match that claim too, so it must share one of them.
  const open = new Map<string, Open[]>();
  const groups: P[][] = [];
  for (const p of prepared) {
    if (!p.c.date) {
      groups.push([p]);
      continue;
    }
    const keys = cells(p);
    let hit: Open | undefined;
    for (const key of keys) {
      // Sorted by start: an event whose earliest-ending claim ends before this one starts can
      // take no later claim, so it is closed for good.
      let list = open.get(key) ?? [];
      if (list.length && list[0]!.minEnd < p.start) open.set(key, (list = list.filter((e) => e.minEnd >= p.start)));
      for (const e of list) if ((!hit || e.order < hit.order) && e.members.every((m) => sameEvent(m, p, ctx))) hit = e;
    }
    if (hit) {
      hit.members.push(p);
      if (p.end < hit.minEnd) hit.minEnd = p.end;
    } else {
      const e = { members: [p], minEnd: p.end, order: groups.length };
      groups.push(e.members);
      for (const key of keys) (open.get(key) ?? open.set(key, []).get(key)!).push(e);
    }
  }
  return groups.map((members) => ({
    event: {
      id: eventIdOf(members[0]!.c.id),
      claimIds: [...new Set(members.map((m) => m.c.id))],
      sources: new Set(members.map((m) => outletKey(ctx.outletOf(m.c.article), m.c.article))).size,
    },
    members,
  }));
}

export const eventIdOf = (claimId: string) => `e-${claimId.replace(/^c-/, "")}`;
