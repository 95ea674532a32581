import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { BoundaryIndex, PlaceShape } from "../../geo/place-geometry";
import { placeShape } from "../../geo/place-geometry";
import { toRfc7946 } from "../../geo/rfc7946";
import type { Claim } from "../../schema/article";
import { ClaimAggregate, type LayerClaim, type PlaceEntry, type PlaceGroup } from "../../view/aggregate";
import type { Place, Precision } from "../../schema/gazetteer";

/** What every claim layer is computed from: the claims, and where their places are. */
/** What the layers read of a claim: where, what, who, and the passage it quotes (no summary). */
export type { LayerClaim };

export type LayerContext = {
  claims: readonly LayerClaim[];
  /** The corpus's aggregation of `claims`, patched per article; built here when absent (tests). */
  aggregate?: ClaimAggregate;
  places: ReadonlyMap<string, Place>;
  index: BoundaryIndex;
};

export type ClaimGeometry = Polygon | MultiPolygon | Point;
export type LayerCollection<P> = FeatureCollection<ClaimGeometry, P>;

/** Where a property says which passage supports a feature: enough to quote it and link to it. */
export type Provenance = { article: string; passageId: string; claimId: string; quote: string; start: number; end: number };

/**
 * Passages a feature quotes at most; `claimCount` says how many claims it stands for, and
 * GET /api/view/claims?mark= pages through them all. Listing every claim's passage made a
 * country's feature carry tens of thousands (the events layer was 221 MB at 200,000 claims).
 */
export const MAX_PROVENANCE = 5;

export function provenanceOf(c: Pick<Claim, "article" | "passageId" | "id" | "quote" | "span">): Provenance {
  return { article: c.article, passageId: c.passageId, claimId: c.id, quote: c.quote, start: c.span.start, end: c.span.end };
}

/** Properties every claim-derived feature carries, flat so map expressions can use them. */
export type PlaceProps = {
  placeId: string;
  placeNameEn: string;
  placeNameAr: string;
  precision: Precision;
  countries: string;
  areaKm2: number;
  label: [number, number];
};

const shapeCache = new WeakMap<BoundaryIndex, Map<string, PlaceShape | null>>();

/**
 * A place's shape with its geometry already as RFC 7946 wants it (counter-clockwise exterior
 * rings, DECIMALS decimals), converted once per place. Every feature at that place shares that
 * one geometry, so a layer is served as built: converting whole layers instead cloned the
 * geometry once per feature, 109 s and 3 GB for the events layer at 200,000 claims.
 */
function rfc7946Shape(shape: PlaceShape | null): PlaceShape | null {
  if (!shape) return null;
  const [f] = toRfc7946({ type: "FeatureCollection", features: [{ type: "Feature", geometry: shape.geometry, properties: {} }] }).features;
  return { ...shape, geometry: f!.geometry };
}

export function shapeOf(place: Place, index: BoundaryIndex): PlaceShape | null {
  let cache = shapeCache.get(index);
  if (!cache) shapeCache.set(index, (cache = new Map()));
  if (!cache.has(place.id)) cache.set(place.id, rfc7946Shape(placeShape(place, index)));
  return cache.get(place.id) ?? null;
}

/**
 * The places of one group of claims that can be drawn, each with its shape and aggregate entry.
 * A claim with no place among the seven countries (e.g. a warning of attacks "in the West") is
 * listed by the articles API but drawn nowhere.
 */
export type Placed = { entry: PlaceEntry; place: Place; shape: PlaceShape };

export function placesOf(ctx: LayerContext, group: PlaceGroup): Placed[] {
  const agg = ctx.aggregate ?? new ClaimAggregate(ctx.places, { layers: true }).apply(ctx.claims, 1);
  const out: Placed[] = [];
  for (const [key, entry] of agg.placeEntries) {
    if (!key.startsWith(`${group}@`)) continue;
    const shape = shapeOf(entry.place, ctx.index);
    if (shape) out.push({ entry, place: entry.place, shape });
  }
  return out;
}

export function placeProps(place: Place, shape: PlaceShape): PlaceProps {
  return {
    placeId: place.id,
    placeNameEn: place.nameEn,
    placeNameAr: place.nameAr,
    precision: place.kind === "city" ? "point" : place.kind,
    countries: place.countries.join(","),
    areaKm2: shape.areaKm2,
    label: shape.label,
  };
}

export function feature<P>(id: string, shape: PlaceShape, properties: P): Feature<ClaimGeometry, P> {
  return { type: "Feature", id, geometry: shape.geometry, properties };
}

/** Areas first, points last, so points are drawn (and hit-tested) above the areas they sit in. */
export function precisionOrder(a: { properties: PlaceProps }, b: { properties: PlaceProps }): number {
  return PRECISION_RANK[a.properties.precision] - PRECISION_RANK[b.properties.precision] || a.properties.placeId.localeCompare(b.properties.placeId);
}

/** Coarse before fine: the order of a claim layer's features (the kept-bytes layers sort by it too). */
export const PRECISION_RANK: Record<Precision, number> = { country: 0, region: 1, province: 2, point: 3 };

/** A claim layer: one feature per place of its group, coarse places first. */
export function placeLayer<P extends PlaceProps>(ctx: LayerContext, group: PlaceGroup, toFeature: (p: Placed) => Feature<ClaimGeometry, P>): LayerCollection<P> {
  return { type: "FeatureCollection", features: placesOf(ctx, group).map(toFeature).sort(precisionOrder) };
}
