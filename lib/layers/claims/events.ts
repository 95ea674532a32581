import type { Claim } from "../../schema/article";
import { byPlace, feature, type LayerCollection, type LayerContext, locate, MAX_PROVENANCE, type PlaceProps, placeProps, precisionOrder, type Provenance, provenanceOf, unique } from "./context";

type KindCounts = Record<Claim["kind"], number>;

export type EventProps = PlaceProps &
  KindCounts &
  Provenance & {
    /** Claims at the place, of every kind; one property per kind counts each. */
    claimCount: number;
    actors: string;
    /** The first MAX_PROVENANCE claims' passages; the flat fields are the first one's. */
    provenance: Provenance[];
  };

const KINDS: Claim["kind"][] = ["territorial-loss", "recruitment", "pledge", "defection", "attack", "presence", "threat"];

/**
 * Every claim at every place it names, as one feature per place with counts per kind and the
 * passages of its first claims: one feature per claim was 221 MB at 200,000 claims.
 */
export function eventsLayer(ctx: LayerContext): LayerCollection<EventProps> {
  const features = [...byPlace(locate(ctx)).values()].map((group) => {
    const { place, shape } = group[0]!;
    const claims = unique(group.map((g) => g.claim));
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as KindCounts;
    for (const c of claims) counts[c.kind]++;
    const provenance = claims.slice(0, MAX_PROVENANCE).map(provenanceOf);
    return feature(`events@${place.id}`, shape, {
      ...placeProps(place, shape),
      ...provenance[0]!,
      ...counts,
      claimCount: claims.length,
      actors: unique(claims.flatMap((c) => c.actors)).join(","),
      provenance,
    });
  });
  return { type: "FeatureCollection", features: features.sort(precisionOrder) };
}
