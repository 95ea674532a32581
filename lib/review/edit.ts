import { z } from "zod";
import type { ActorMatcher } from "../extract/actors";
import type { Actor } from "../extract/actors";
import { summarize } from "../extract/summary";
import { type Claim, ClaimKind, type Passage, PartialDate } from "../schema/article";
import { type CountryIso3, type Place, precisionOfKind } from "../schema/gazetteer";

/**
 * A reviewer's change to a claim (issue 15 §3), and what it makes of the claim. Pure: the route
 * parses with these schemas, lib/review/claims-store.ts writes the result.
 */
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/);
const PlaceId = z.string().regex(/^(country|province|region|city):[A-Za-z0-9-]{1,40}$/);
const Status = z.enum(["proposed", "accepted", "rejected"]);
const Certainty = z.enum(["asserted", "reported", "hedged"]);

/** The fields a reviewer may set; `rev` is the revision they read (409 when it moved since). */
export const ClaimEdit = z
  .object({
    rev: z.number().int().nonnegative(),
    status: Status.optional(),
    kind: ClaimKind.optional(),
    actors: z.array(Id).max(12).optional(),
    fromActor: Id.nullable().optional(),
    toActor: Id.nullable().optional(),
    places: z.array(PlaceId).max(20).optional(),
    date: PartialDate.nullable().optional(),
    certainty: Certainty.optional(),
  })
  .strict();
export type ClaimEdit = z.infer<typeof ClaimEdit>;

/** A claim a reviewer adds on a span of a passage they selected. */
export const NewClaim = z
  .object({
    passageId: z.string().regex(/^p-[a-z0-9]+$/),
    span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }),
    kind: ClaimKind,
    actors: z.array(Id).max(12).default([]),
    fromActor: Id.optional(),
    toActor: Id.optional(),
    places: z.array(PlaceId).max(20).default([]),
    date: PartialDate.optional(),
    certainty: Certainty.default("asserted"),
  })
  .strict();
export type NewClaim = z.infer<typeof NewClaim>;

export interface Lookups {
  places: ReadonlyMap<string, Place>;
  actors: ReadonlyMap<string, Actor>;
}

/** A reviewer's input that names things the app does not know, or a span off the passage. */
export class ReviewInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReviewInputError";
  }
}

function checkActors(ids: (string | null | undefined)[], l: Lookups): void {
  for (const id of ids) if (id && !l.actors.has(id)) throw new ReviewInputError(`unknown group "${id}" (not in the lexicon)`);
}

/** Places and countries as extraction makes them: a region names no country, a country is never a point. */
function placesOf(ids: string[], l: Lookups): { places: Claim["places"]; countries: CountryIso3[]; named: Place[] } {
  const named = ids.map((id) => {
    const p = l.places.get(id);
    if (!p) throw new ReviewInputError(`unknown place "${id}" (not in the gazetteer)`);
    return p;
  });
  const countries = [...new Set(named.filter((p) => p.kind !== "region").flatMap((p) => p.countries))];
  return { places: named.map((p) => ({ placeId: p.id, precision: precisionOfKind(p.kind) })), countries, named };
}

function withSummary(c: Claim, l: Lookups, named: Place[]): Claim {
  return { ...c, summary: summarize(c, { byId: l.actors } as ActorMatcher, named) };
}

/** The claim after an edit, or the same claim when only the status changes. */
export function applyEdit(claim: Claim, edit: ClaimEdit, l: Lookups): Claim {
  const { rev: _rev, status, kind, actors, fromActor, toActor, places, date, certainty } = edit;
  const fieldsChanged = [kind, actors, fromActor, toActor, places, date, certainty].some((v) => v !== undefined);
  let c: Claim = status ? { ...claim, status } : { ...claim };
  if (!fieldsChanged) return c;
  checkActors([...(actors ?? []), fromActor, toActor], l);
  if (kind) c.kind = kind;
  if (actors) c.actors = actors;
  if (fromActor !== undefined) c = fromActor === null ? dropKey(c, "fromActor") : { ...c, fromActor };
  if (toActor !== undefined) c = toActor === null ? dropKey(c, "toActor") : { ...c, toActor };
  // A group named as from/to is one of the claim's groups too (the layers colour by actors).
  c.actors = [...new Set([...c.actors, ...(c.fromActor ? [c.fromActor] : []), ...(c.toActor ? [c.toActor] : [])])];
  if (date !== undefined) c = date === null ? dropKey(c, "date") : { ...c, date };
  if (certainty) c.certainty = certainty;
  const p = placesOf(places ?? c.places.map((x) => x.placeId), l);
  if (places) {
    c.places = p.places;
    c.countries = p.countries;
    // A place the reviewer chose was not carried over from another passage.
    c = dropKey(dropKey(c, "placeFrom"), "placePassageId");
  }
  if (actors || fromActor !== undefined || toActor !== undefined) c = dropKey(dropKey(c, "actorFrom"), "actorPassageId");
  return withSummary({ ...c, method: "curated" }, l, p.named);
}

function dropKey<K extends keyof Claim>(c: Claim, k: K): Claim {
  const { [k]: _drop, ...rest } = c;
  return rest as Claim;
}

/** A new claim on a passage span; its id marks it as a person's (never an extraction hash). */
export function buildClaim(article: string, passage: Passage, input: NewClaim, id: string, l: Lookups): Claim {
  const { start, end } = input.span;
  if (end <= start || end > passage.text.length) throw new ReviewInputError(`the span ${start}-${end} is not within the passage (0-${passage.text.length})`);
  checkActors([...input.actors, input.fromActor, input.toActor], l);
  const p = placesOf(input.places, l);
  const actors = [...new Set([...input.actors, ...(input.fromActor ? [input.fromActor] : []), ...(input.toActor ? [input.toActor] : [])])];
  const c: Claim = {
    id,
    article,
    passageId: passage.id,
    span: { start, end },
    quote: passage.text.slice(start, end),
    kind: input.kind,
    actors,
    ...(input.fromActor ? { fromActor: input.fromActor } : {}),
    ...(input.toActor ? { toActor: input.toActor } : {}),
    places: p.places,
    countries: p.countries,
    ...(input.date ? { date: input.date } : {}),
    certainty: input.certainty,
    method: "curated",
    confidence: 1,
    summary: "",
    status: "accepted",
  };
  return withSummary(c, l, p.named);
}
