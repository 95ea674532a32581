import { firstClaims, leading } from "../../view/aggregate";
import { feature, type LayerCollection, type LayerContext, MAX_PROVENANCE, type PlaceProps, placeProps, placesOf, precisionOrder, type Provenance, provenanceOf } from "./context";

export type RecruitmentProps = PlaceProps & {
  claimCount: number;
  actors: string;
  /** The actor recruiting most often here, for colour. */
  actor: string | null;
  /** The first MAX_PROVENANCE claims' passages; claimCount says how many there are. */
  provenance: Provenance[];
};

/** Places where recruitment is reported, sized by how many claims say so. */
export function recruitmentLayer(ctx: LayerContext): LayerCollection<RecruitmentProps> {
  const features = placesOf(ctx, "recruitment").map(({ entry, place, shape }) =>
    feature(`recruitment@${place.id}`, shape, {
      ...placeProps(place, shape),
      claimCount: entry.claims,
      actors: [...entry.actors.keys()].join(","),
      actor: leading(entry.recruiters),
      provenance: firstClaims(entry, MAX_PROVENANCE).map(provenanceOf),
    }),
  );
  return { type: "FeatureCollection", features: features.sort(precisionOrder) };
}
