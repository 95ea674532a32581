import type { Claim } from "../../schema/article";
import { firstClaims } from "../../view/aggregate";
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

type KindCounts = Record<Claim["kind"], number>;

export type EventProps = PlaceProps &
  KindCounts &
  Provenance & {
    /** Claims at the place, of every kind; one property per kind counts each. */
    claimCount: number;
    actors: string;
    /** The first MAX_PROVENANCE claims' passages (corpus order); the flat fields are the first one's. */
    provenance: Provenance[];
  };

const KINDS: Claim["kind"][] = ["territorial-loss", "recruitment", "pledge", "defection", "attack", "presence", "threat"];

/**
 * Every claim at every place it names, as one feature per place with counts per kind and the
 * passages of its first claims: one feature per claim was 221 MB at 200,000 claims.
 */
export function eventsLayer(ctx: LayerContext): LayerCollection<EventProps> {
  return placeLayer(ctx, "events", eventFeature);
}

/** One place's feature: the layer is served from these, each rebuilt only when its place changed. */
export function eventFeature({ entry, place, shape }: Placed): Feature<ClaimGeometry, EventProps> {
  const provenance = firstClaims(entry, MAX_PROVENANCE).map(provenanceOf);
  return feature(`events@${place.id}`, shape, {
    ...placeProps(place, shape),
    ...provenance[0]!,
    ...(Object.fromEntries(KINDS.map((k) => [k, entry.kinds?.get(k) ?? 0])) as KindCounts),
    claimCount: entry.claims,
    actors: [...entry.actors.keys()].join(","),
    provenance,
  });
}
