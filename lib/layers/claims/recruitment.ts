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
  return placeLayer(ctx, "recruitment", recruitmentFeature);
}

/** One place's feature: the layer is served from these, each rebuilt only when its place changed. */
export function recruitmentFeature({ entry, place, shape }: Placed): Feature<ClaimGeometry, RecruitmentProps> {
  return feature(`recruitment@${place.id}`, shape, {
    ...placeProps(place, shape),
    claimCount: entry.claims,
    actors: [...entry.actors.keys()].join(","),
    actor: leading(entry.recruiters ?? new Map()),
    provenance: firstClaims(entry, MAX_PROVENANCE).map(provenanceOf),
  });
}
