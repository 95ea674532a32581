import type { Claim } from "../../schema/article";
import { feature, type LayerCollection, type LayerContext, locate, type PlaceProps, placeProps, precisionOrder, type Provenance, provenanceOf } from "./context";

export type EventProps = PlaceProps &
  Provenance & {
    kind: Claim["kind"];
    summary: string;
    actors: string;
    fromActor: string | null;
    toActor: string | null;
    date: string | null;
    datePrecision: string | null;
    dateInferred: boolean;
    certainty: Claim["certainty"];
    method: Claim["method"];
    confidence: number;
  };

/** Every claim at every place it names: one feature each, with its passage. */
export function eventsLayer(ctx: LayerContext): LayerCollection<EventProps> {
  const features = locate(ctx).map(({ claim, place, shape }) =>
    feature(`${claim.id}@${place.id}`, shape, {
      ...placeProps(place, shape),
      ...provenanceOf(claim),
      kind: claim.kind,
      summary: claim.summary,
      actors: claim.actors.join(","),
      fromActor: claim.fromActor ?? null,
      toActor: claim.toActor ?? null,
      date: claim.date?.value ?? null,
      datePrecision: claim.date?.precision ?? null,
      dateInferred: claim.date?.inferred ?? false,
      certainty: claim.certainty,
      method: claim.method,
      confidence: claim.confidence,
    }),
  );
  return { type: "FeatureCollection", features: features.sort(precisionOrder) };
}
