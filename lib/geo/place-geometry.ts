import { area, featureCollection, pointOnFeature, union } from "@turf/turf";
import type { Feature, MultiPolygon, Point, Polygon } from "geojson";
import type { Place } from "../schema/gazetteer";

type Area = Polygon | MultiPolygon;

/** Boundaries by code: countries by ISO 3166-1 alpha-3, provinces by ISO 3166-2. */
export type BoundaryIndex = {
  countries: ReadonlyMap<string, Feature<Area>>;
  provinces: ReadonlyMap<string, Feature<Area>>;
};

export type PlaceShape = {
  geometry: Area | Point;
  /** A point inside the shape, for labels and symbols (the place itself for a city). */
  label: [number, number];
  /** Area in km² (Turf, on the sphere); 0 for a point. */
  areaKm2: number;
};

const regionCache = new WeakMap<BoundaryIndex, Map<string, Feature<Area> | null>>();

/** A region is the union of its member provinces (or whole countries), computed once per index. */
function regionShape(place: Place, index: BoundaryIndex): Feature<Area> | null {
  let cache = regionCache.get(index);
  if (!cache) regionCache.set(index, (cache = new Map()));
  if (!cache.has(place.id)) {
    const parts = (place.members ?? []).map((m) => index.provinces.get(m) ?? index.countries.get(m)).filter((f): f is Feature<Area> => !!f);
    // One member (the Sambisa forest is a region of Borno alone) is its own shape: Turf's union wants two.
    cache.set(place.id, parts.length > 1 ? union(featureCollection(parts)) : (parts[0] ?? null));
  }
  return cache.get(place.id) ?? null;
}

/**
 * The geometry a claim about this place is drawn with. Precision is honest: a city is a point,
 * a province or region is its area, and a country is the whole country, never its centroid.
 */
export function placeShape(place: Place, index: BoundaryIndex): PlaceShape | null {
  let shape: Feature<Area> | null | undefined;
  switch (place.kind) {
    case "city":
      return { geometry: { type: "Point", coordinates: place.point }, label: place.point, areaKm2: 0 };
    case "country":
      shape = index.countries.get(place.iso ?? "");
      break;
    case "province":
      shape = index.provinces.get(place.iso ?? "");
      break;
    case "region":
      shape = regionShape(place, index);
      break;
  }
  if (!shape) return null;
  const label = pointOnFeature(shape).geometry.coordinates as [number, number];
  return { geometry: shape.geometry, label, areaKm2: Math.round(area(shape) / 1e6) };
}
