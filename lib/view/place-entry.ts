import type { Claim } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { type Counter, least } from "./counters";
import type { MarkableClaim } from "./marks";

/** What the aggregate keeps per place for the claim layers (lib/layers/claims), and their first claims. */
/** What a claim layer's feature at one place is made of (see lib/layers/claims). */
export type LayerClaim = MarkableClaim & Pick<Claim, "passageId" | "quote" | "span" | "date">;
export type PlaceGroup = "territorial-loss" | "recruitment" | "allegiance" | "events";

/** What each group's features need, and only that (made when first needed: 30,000 entries at 200k claims). */
export type PlaceEntry = {
  rev: number;
  place: Place;
  claims: number;
  /** events: claims per kind. */
  kinds?: Counter<Claim["kind"]>;
  actors: Counter<string>;
  /** recruitment: who recruits. */
  recruiters?: Counter<string>;
  /** territorial-loss: the shares stated. */
  percents?: Map<string, { quantity: NonNullable<Claim["quantity"]>; n: number }>;
  /** allegiance: claims per direction. */
  directions?: Map<string, { n: number; claims: Set<LayerClaim> }>;
  /** The place's claims by article: provenance is quoted in corpus order (article, then position). */
  byArticle: Map<string, LayerClaim[]>;
};

export const GROUP_OF: Partial<Record<Claim["kind"], PlaceGroup>> = {
  "territorial-loss": "territorial-loss",
  recruitment: "recruitment",
  pledge: "allegiance",
  defection: "allegiance",
};

/**
 * A place entry's first claims in corpus order (articles by slug, then position), at most `n`,
 * those in `prefer` first. Only the articles that can supply them are ordered: a country's
 * entry names thousands of articles, and sorting them all per touched place was most of a
 * layer's patch after one ingest.
 */
export function firstClaims(e: PlaceEntry, n: number, prefer?: ReadonlySet<LayerClaim>): LayerClaim[] {
  const out: LayerClaim[] = [];
  const take = (wanted: (c: LayerClaim) => boolean) => {
    const room = n - out.length;
    if (room <= 0) return;
    const slugs = function* () {
      for (const [slug, claims] of e.byArticle) if (claims.some(wanted)) yield slug;
    };
    for (const s of least(slugs(), room)) for (const c of e.byArticle.get(s)!) if (out.length < n && wanted(c)) out.push(c);
  };
  if (prefer) take((c) => prefer.has(c));
  take((c) => !prefer?.has(c));
  return out;
}
