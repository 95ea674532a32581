import type { Actor } from "../extract/actors";
import type { Claim, ClaimKind } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import type { GoldClaim, PlaceRef } from "./gold";

/**
 * What the evaluation compares: one tuple per distinct (kind, groups, direction, place) in an
 * article. A claim that names a town, its province and its country is one event in the town,
 * so only its finest places count; a region is never reduced (it is not the sum of countries).
 */

export interface Lookup {
  places: Map<string, Place>;
  actors: Map<string, Actor>;
}

export interface Tuple {
  kind: ClaimKind;
  groups: string[];
  from?: string;
  to?: string;
  /** A gazetteer id (automatic) or a place reference (gold); null when the claim has no place. */
  place: string | null;
  /** The automatic claims behind the tuple (for their dates). */
  claims: Claim[];
  /** The gold claim behind the tuple. */
  gold?: GoldClaim;
}

/** A leader counts as his group: the map is about groups. */
export function rollUp(id: string, actors: Map<string, Actor>): string {
  const a = actors.get(id);
  return a?.kind === "person" && a.affiliation[0] ? a.affiliation[0] : id;
}

const sortedUniq = (xs: string[]) => [...new Set(xs)].sort();

/** True when place `inner` lies inside `outer` (a town in its province or country, a province in its country). */
function inside(inner: Place, outer: Place): boolean {
  if (outer.kind === "country") return (inner.kind === "province" || inner.kind === "city") && inner.countries.length === 1 && inner.countries[0] === outer.countries[0];
  if (outer.kind === "province") return inner.kind === "city" && inner.province !== undefined && inner.province === outer.iso;
  return false;
}

export function finestPlaces(ids: string[], places: Map<string, Place>): string[] {
  const known = ids.map((id) => places.get(id));
  return sortedUniq(
    ids.filter((_id, i) => {
      const p = known[i];
      return !p || !known.some((q, j) => j !== i && q !== undefined && inside(q, p));
    }),
  );
}

const key = (t: Omit<Tuple, "claims" | "gold">) => [t.kind, t.groups.join("+"), `${t.from ?? ""}>${t.to ?? ""}`, t.place ?? "-"].join("|");

export const directed = (kind: ClaimKind) => kind === "pledge" || kind === "defection";

export function autoTuples(claims: Claim[], lk: Lookup): Tuple[] {
  const out = new Map<string, Tuple>();
  for (const c of claims) {
    // Who pledged matters as much as to whom: a leader's own pledge is not his group's, so the
    // ends of a pledge or defection are compared as named.
    const from = c.fromActor;
    const to = c.toActor;
    const route = directed(c.kind) && (from || to) ? [from, to].filter((x): x is string => !!x) : undefined;
    const groups = sortedUniq(route ?? c.actors.map((a) => (directed(c.kind) ? a : rollUp(a, lk.actors))));
    const places = finestPlaces(
      c.places.map((p) => p.placeId),
      lk.places,
    );
    for (const place of places.length ? places : [null]) {
      const t = { kind: c.kind, groups, ...(directed(c.kind) && from ? { from } : {}), ...(directed(c.kind) && to ? { to } : {}), place };
      const k = key(t);
      const prev = out.get(k);
      if (prev) prev.claims.push(c);
      else out.set(k, { ...t, claims: [c] });
    }
  }
  return [...out.values()];
}

export function goldTuples(claims: GoldClaim[], lk: Lookup): Tuple[] {
  const out = new Map<string, Tuple>();
  for (const g of claims) {
    const t = {
      kind: g.kind,
      groups: sortedUniq(directed(g.kind) ? g.groups : g.groups.map((x) => rollUp(x, lk.actors))),
      ...(g.from ? { from: g.from } : {}),
      ...(g.to ? { to: g.to } : {}),
      place: g.place,
    };
    if (!out.has(key(t))) out.set(key(t), { ...t, claims: [], gold: g });
  }
  return [...out.values()];
}

/** Folds an English place name for comparison: no accents, apostrophes, hyphens or case. */
export function foldName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʿʾ`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Does the automatic place (a gazetteer id) name the annotated place? Towns compare by name within their country. */
export function samePlace(ref: PlaceRef | null, autoId: string | null, places: Map<string, Place>): boolean {
  if (ref === null || autoId === null) return ref === autoId;
  if (!ref.startsWith("town:")) return ref === autoId;
  const at = ref.lastIndexOf("@");
  const name = foldName(ref.slice("town:".length, at));
  const iso3 = ref.slice(at + 1);
  const p = places.get(autoId);
  if (p?.kind !== "city" || !p.countries.includes(iso3 as Place["countries"][number])) return false;
  return [p.nameEn, ...p.aliasesEn].some((n) => foldName(n) === name);
}

/** The countries a reference puts on the map (a region puts none). */
export function countriesOfRef(ref: PlaceRef, places: Map<string, Place>): string[] {
  if (ref.startsWith("country:")) return [ref.slice("country:".length)];
  if (ref.startsWith("town:")) return [ref.slice(ref.lastIndexOf("@") + 1)];
  if (ref.startsWith("province:")) return places.get(ref)?.countries ?? [];
  return [];
}
