import { byPlace, feature, type LayerCollection, type LayerContext, locate, MAX_PROVENANCE, type PlaceProps, placeProps, precisionOrder, type Provenance, provenanceOf, unique } from "./context";

export type RecruitmentProps = PlaceProps & {
  claimCount: number;
  actors: string;
  /** The actor recruiting most often here, for colour. */
  actor: string | null;
  provenance: Provenance[];
};

/** Places where recruitment is reported, sized by how many claims say so. */
export function recruitmentLayer(ctx: LayerContext): LayerCollection<RecruitmentProps> {
  const groups = byPlace(locate(ctx, (c) => c.kind === "recruitment"));
  const features = [...groups.values()].map((group) => {
    const { place, shape } = group[0]!;
    const claims = unique(group.map((g) => g.claim));
    const recruiters = claims.map((c) => c.toActor ?? c.actors[0]).filter((a): a is string => !!a);
    return feature(`recruitment@${place.id}`, shape, {
      ...placeProps(place, shape),
      claimCount: claims.length,
      actors: unique(claims.flatMap((c) => c.actors)).join(","),
      actor: mostCommon(recruiters),
      // The first claims' passages; claimCount says how many there are.
      provenance: claims.slice(0, MAX_PROVENANCE).map(provenanceOf),
    });
  });
  return { type: "FeatureCollection", features: features.sort(precisionOrder) };
}

function mostCommon(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, n] of counts) if (best === null || n > counts.get(best)!) best = x;
  return best;
}
