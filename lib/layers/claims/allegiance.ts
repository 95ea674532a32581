import { firstClaims, leading } from "../../view/aggregate";
import type { Feature } from "geojson";
import {
  type ClaimGeometry,
  feature,
  type LayerCollection,
  type LayerContext,
  MAX_PROVENANCE,
  type PlaceProps,
  placeLayer,
  placeProps,
  type Placed,
  type Provenance,
  provenanceOf,
} from "./context";

export type AllegianceProps = PlaceProps &
  Provenance & {
    /** The leading shift at the place (the direction most claims state; the first on a tie). */
    kind: "pledge" | "defection";
    fromActor: string | null;
    toActor: string | null;
    /** Distinct directions stated at the place, and the claims behind all of them. */
    directions: number;
    claimCount: number;
    /** The leading direction's claims first, then the others, at most MAX_PROVENANCE. */
    provenance: Provenance[];
  };

/**
 * Pledges and defections where the article places them: one feature per place (never per
 * claim), carrying the leading direction, how many there are, and the first claims' passages.
 */
export function allegianceLayer(ctx: LayerContext): LayerCollection<AllegianceProps> {
  return placeLayer(ctx, "allegiance", allegianceFeature);
}

/** One place's feature: the layer is served from these, each rebuilt only when its place changed. */
export function allegianceFeature({ entry, place, shape }: Placed): Feature<ClaimGeometry, AllegianceProps> {
  const lead = leading(new Map([...(entry.directions?.values() ?? [])].map((d) => [d, d.n])))!;
  const claims = firstClaims(entry, MAX_PROVENANCE, lead.claims);
  const first = claims[0]!;
  return feature(`allegiance@${place.id}`, shape, {
    ...placeProps(place, shape),
    ...provenanceOf(first),
    kind: first.kind as "pledge" | "defection",
    fromActor: first.fromActor ?? null,
    toActor: first.toActor ?? null,
    directions: entry.directions?.size ?? 0,
    claimCount: entry.claims,
    provenance: claims.map(provenanceOf),
  });
}
