import { firstClaims, type LayerClaim } from "../../view/aggregate";
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

export type TerritorialLossProps = PlaceProps & {
  /** The largest share of territory stated as lost in a claim about this place (percent), if any. */
  lossPercent: number | null;
  lossText: string | null;
  /** "area" for the territory itself; "named-place" for a place named as lost (e.g. Raqqa). */
  role: "area" | "named-place";
  actors: string;
  claimCount: number;
  /** The first MAX_PROVENANCE claims' passages, the ones stating the largest share first. */
  provenance: Provenance[];
};

/** Territory stated as lost: the areas with the share stated, and the places named as lost. */
export function territorialLossLayer(ctx: LayerContext): LayerCollection<TerritorialLossProps> {
  return placeLayer(ctx, "territorial-loss", territorialLossFeature);
}

/** One place's feature: the layer is served from these, each rebuilt only when its place changed. */
export function territorialLossFeature({ entry, place, shape }: Placed): Feature<ClaimGeometry, TerritorialLossProps> {
  const stated = [...(entry.percents?.values() ?? [])].map((p) => p.quantity).sort((a, b) => b.value! - a.value!)[0];
  const stating = new Set<LayerClaim>();
  if (stated) for (const claims of entry.byArticle.values()) for (const c of claims) if (c.quantity?.unit === "percent" && c.quantity.value === stated.value) stating.add(c);
  return feature(`loss@${place.id}`, shape, {
    ...placeProps(place, shape),
    lossPercent: stated?.value ?? null,
    lossText: stated?.text ?? null,
    role: place.kind === "city" ? ("named-place" as const) : ("area" as const),
    actors: [...entry.actors.keys()].join(","),
    claimCount: entry.claims,
    provenance: firstClaims(entry, MAX_PROVENANCE, stating).map(provenanceOf),
  });
}
