import type { Claim, ClaimKind } from "../schema/article";
import { ClaimKind as ClaimKinds } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { intervalOf } from "../view/date-range";

/**
 * What the claims about one region say, counted: by kind, who is there, who changed sides, the
 * share of territory stated as lost, the provinces named, the dated span and the sources.
 * Shared by the comparison table and the country pages.
 */
export type Shift = { from: string; to: string; claimIds: string[] };
export type StatedLoss = { value: number; text: string; claimId: string };

export type RegionSummary = {
  claims: number;
  byKind: Record<ClaimKind, number>;
  /** Actor ids, most often named first. */
  actors: string[];
  shifts: Shift[];
  /** The largest share of territory stated as lost, with the words that state it. */
  loss: StatedLoss | null;
  /** Province place ids named by the claims (directly, or as the province of a named city). */
  provinces: string[];
  /** Earliest and latest claim dates as stated ("2015", "2017-10"). */
  first: string | null;
  last: string | null;
  articles: number;
  passages: number;
};

export const KINDS: readonly ClaimKind[] = ClaimKinds.options;

export function summarise(claims: readonly Claim[], places: ReadonlyMap<string, Place>): RegionSummary {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>;
  const actorCounts = new Map<string, number>();
  const shifts = new Map<string, Shift>();
  const provinces = new Set<string>();
  let loss: StatedLoss | null = null;
  let first: string | null = null;
  let last: string | null = null;
  for (const c of claims) {
    byKind[c.kind] += 1;
    for (const a of new Set([...c.actors, c.fromActor, c.toActor])) if (a) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
    if (c.fromActor && c.toActor) {
      const key = `${c.fromActor}>${c.toActor}`;
      const s = shifts.get(key) ?? { from: c.fromActor, to: c.toActor, claimIds: [] };
      s.claimIds.push(c.id);
      shifts.set(key, s);
    }
    const q = c.quantity;
    if (c.kind === "territorial-loss" && q?.unit === "percent" && typeof q.value === "number" && (!loss || q.value > loss.value))
      loss = { value: q.value, text: q.text, claimId: c.id };
    for (const ref of c.places) {
      const p = places.get(ref.placeId);
      if (p?.kind === "province") provinces.add(p.id);
      if (p?.kind === "city" && p.province && places.has(`province:${p.province}`)) provinces.add(`province:${p.province}`);
    }
    if (c.date) {
      // Compared as day intervals, so "2017" is earlier than "2017-03" only where it truly is.
      const span = intervalOf(c.date.value);
      if (!first || span.start < intervalOf(first).start) first = c.date.value;
      if (!last || span.end > intervalOf(last).end) last = c.date.value;
    }
  }
  return {
    claims: claims.length,
    byKind,
    actors: [...actorCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id),
    shifts: [...shifts.values()].sort((a, b) => b.claimIds.length - a.claimIds.length || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    loss,
    provinces: [...provinces].sort(),
    first,
    last,
    articles: new Set(claims.map((c) => c.article)).size,
    passages: new Set(claims.map((c) => `${c.article}#${c.passageId}`)).size,
  };
}
