import { byPlace, feature, type LayerCollection, type LayerContext, locate, MAX_PROVENANCE, type PlaceProps, placeProps, precisionOrder, type Provenance, provenanceOf, unique } from "./context";

export type TerritorialLossProps = PlaceProps & {
  /** The largest share of territory stated as lost in a claim about this place (percent), if any. */
  lossPercent: number | null;
  lossText: string | null;
  /** "area" for the territory itself; "named-place" for a place named as lost (e.g. Raqqa). */
  role: "area" | "named-place";
  actors: string;
  claimCount: number;
  /** The first MAX_PROVENANCE claims' passages (the one stating the share first). */
  provenance: Provenance[];
};

/** Territory stated as lost: the areas with the share stated, and the places named as lost. */
export function territorialLossLayer(ctx: LayerContext): LayerCollection<TerritorialLossProps> {
  const groups = byPlace(locate(ctx, (c) => c.kind === "territorial-loss"));
  const features = [...groups.values()].map((group) => {
    const { place, shape } = group[0]!;
    const claims = unique(group.map((g) => g.claim));
    const stated = claims
      .map((c) => c.quantity)
      .filter((q) => q?.unit === "percent" && typeof q.value === "number")
      .sort((a, b) => b!.value! - a!.value!)[0];
    return feature(`loss@${place.id}`, shape, {
      ...placeProps(place, shape),
      lossPercent: stated?.value ?? null,
      lossText: stated?.text ?? null,
      role: place.kind === "city" ? ("named-place" as const) : ("area" as const),
      actors: unique(claims.flatMap((c) => c.actors)).join(","),
      claimCount: claims.length,
      provenance: [...claims].sort((a, b) => Number(b.quantity === stated) - Number(a.quantity === stated)).slice(0, MAX_PROVENANCE).map(provenanceOf),
    });
  });
  return { type: "FeatureCollection", features: features.sort(precisionOrder) };
}
