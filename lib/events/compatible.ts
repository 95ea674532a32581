import type { Claim } from "../schema/article";

/**
 * The rules that decide whether two claims report the same thing (issue 16 §1). Each is a small
 * pure function so each can be tested alone; group.ts combines them.
 */

/** What a rule needs to know of a place: its kind, the province a town lies in, its ISO code. */
export type PlaceInfo = { kind: "country" | "region" | "province" | "city"; iso?: string; province?: string; countries: readonly string[] };
export type PlaceLookup = (id: string) => PlaceInfo | undefined;
/** An actor's parent in the lexicon (a branch's), or undefined for a top-level group. */
export type ParentOf = (id: string) => string | undefined;

const lineages = new WeakMap<ParentOf, Map<string, string[]>>();

/** The actor and its ancestors, nearest first; a cycle in a local lexicon cannot loop forever. */
export function lineage(id: string, parentOf: ParentOf): string[] {
  let memo = lineages.get(parentOf);
  if (!memo) lineages.set(parentOf, (memo = new Map()));
  let out = memo.get(id);
  if (out) return out;
  out = [id];
  for (let p = parentOf(id); p && !out.includes(p) && out.length < 10; p = parentOf(p)) out.push(p);
  memo.set(id, out);
  return out;
}

/** The same group, or a branch and its parent (AQAP and al-Qaeda); two sibling branches are not. */
export function sameGroup(a: string, b: string, parentOf: ParentOf): boolean {
  if (a === b) return true;
  return lineage(a, parentOf).includes(b) || lineage(b, parentOf).includes(a);
}

/** Every group of each claim has a match in the other: ISIS+Taliban is not ISIS alone. */
export function sameGroups(a: readonly string[], b: readonly string[], parentOf: ParentOf): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  return a.every((x) => b.some((y) => sameGroup(x, y, parentOf))) && b.every((y) => a.some((x) => sameGroup(x, y, parentOf)));
}

/** A pledge or defection is directed: ISIS -> al-Qaeda and al-Qaeda -> ISIS are two events. */
export function sameDirection(a: Pick<Claim, "fromActor" | "toActor">, b: Pick<Claim, "fromActor" | "toActor">, parentOf: ParentOf): boolean {
  const side = (x?: string, y?: string) => (x === undefined || y === undefined ? x === y : sameGroup(x, y, parentOf));
  return side(a.fromActor, b.fromActor) && side(a.toActor, b.toActor);
}

/**
 * Where a claim happened, at its finest: a place that contains another place of the same claim is
 * dropped (Mosul, Nineveh, Iraq -> Mosul), so a claim naming a town is never taken for a
 * country-level one. A claim with no place is about its countries.
 */
export function finestPlaces(c: Pick<Claim, "places" | "countries">, place: PlaceLookup): string[] {
  const ids = c.places.length ? [...new Set(c.places.map((p) => p.placeId))] : c.countries.map((iso) => `country:${iso}`);
  return ids.filter((id) => !ids.some((other) => other !== id && contains(id, other, place)));
}

/** Whether place `outer` contains place `inner`: a country its provinces and towns, a province its towns. */
export function contains(outer: string, inner: string, place: PlaceLookup): boolean {
  const o = place(outer);
  const i = place(inner);
  if (!o || !i) return false;
  if (o.kind === "country") return i.kind !== "country" && i.kind !== "region" && i.countries.length === 1 && i.countries[0] === o.iso;
  if (o.kind === "province") return i.kind === "city" && !!o.iso && i.province === o.iso;
  return false;
}

/**
 * The same place, or a town and the province it lies in. Nothing coarser matches: a country-level
 * claim never absorbs a town-level one, and a region is matched only by itself.
 */
export function samePlace(a: string, b: string, place: PlaceLookup): boolean {
  if (a === b) return true;
  const pa = place(a);
  const pb = place(b);
  if (!pa || !pb) return false;
  const townIn = (town: PlaceInfo, prov: PlaceInfo) => town.kind === "city" && prov.kind === "province" && !!prov.iso && town.province === prov.iso;
  return townIn(pa, pb) || townIn(pb, pa);
}

/** Some finest place of one claim is the same as (or the town/province of) one of the other's. */
export function samePlaces(a: readonly string[], b: readonly string[], place: PlaceLookup): boolean {
  return a.some((x) => b.some((y) => samePlace(x, y, place)));
}
