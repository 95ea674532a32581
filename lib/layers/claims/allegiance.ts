import { byPlace, feature, type LayerCollection, type LayerContext, locate, MAX_PROVENANCE, type PlaceProps, placeProps, precisionOrder, type Provenance, provenanceOf, unique } from "./context";

export type AllegianceProps = PlaceProps &
  Provenance & {
    /** The leading shift at the place (the direction most claims state; the first on a tie). */
    kind: "pledge" | "defection";
    fromActor: string | null;
    toActor: string | null;
    /** Distinct directions stated at the place, and the claims behind all of them. */
    directions: number;
    claimCount: number;
    provenance: Provenance[];
  };

/**
 * Pledges and defections where the article places them: one feature per place (never per
 * claim), carrying the leading direction, how many there are, and the first claims' passages.
 */
export function allegianceLayer(ctx: LayerContext): LayerCollection<AllegianceProps> {
  const groups = byPlace(locate(ctx, (c) => c.kind === "pledge" || c.kind === "defection"));
  const features = [...groups.values()].map((group) => {
    const { place, shape } = group[0]!;
    const claims = unique(group.map((g) => g.claim));
    const byDirection = new Map<string, typeof claims>();
    for (const c of claims) {
      const key = `${c.fromActor ?? ""}>${c.toActor ?? ""}`;
      (byDirection.get(key) ?? byDirection.set(key, []).get(key)!).push(c);
    }
    const lead = [...byDirection.values()].reduce((a, b) => (b.length > a.length ? b : a));
    const first = lead[0]!;
    return feature(`allegiance@${place.id}`, shape, {
      ...placeProps(place, shape),
      ...provenanceOf(first),
      kind: first.kind as "pledge" | "defection",
      fromActor: first.fromActor ?? null,
      toActor: first.toActor ?? null,
      directions: byDirection.size,
      claimCount: claims.length,
      provenance: [...lead, ...claims.filter((c) => !lead.includes(c))].slice(0, MAX_PROVENANCE).map(provenanceOf),
    });
  });
  return { type: "FeatureCollection", features: features.sort(precisionOrder) };
}
