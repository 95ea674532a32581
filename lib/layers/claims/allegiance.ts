import { feature, type LayerCollection, type LayerContext, locate, type PlaceProps, placeProps, precisionOrder, type Provenance, provenanceOf } from "./context";

export type AllegianceProps = PlaceProps &
  Provenance & {
    kind: "pledge" | "defection";
    fromActor: string | null;
    toActor: string | null;
    summary: string;
    date: string | null;
    datePrecision: string | null;
    dateInferred: boolean;
    certainty: string;
  };

/** Pledges and defections, from one actor to another, where the article places them. */
export function allegianceLayer(ctx: LayerContext): LayerCollection<AllegianceProps> {
  const located = locate(ctx, (c) => c.kind === "pledge" || c.kind === "defection");
  const features = located.map(({ claim, place, shape }) =>
    feature(`${claim.id}@${place.id}`, shape, {
      ...placeProps(place, shape),
      ...provenanceOf(claim),
      kind: claim.kind as "pledge" | "defection",
      fromActor: claim.fromActor ?? null,
      toActor: claim.toActor ?? null,
      summary: claim.summary,
      date: claim.date?.value ?? null,
      datePrecision: claim.date?.precision ?? null,
      dateInferred: claim.date?.inferred ?? false,
      certainty: claim.certainty,
    }),
  );
  return { type: "FeatureCollection", features: features.sort(precisionOrder) };
}
