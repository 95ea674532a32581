import type { Feature, FeatureCollection } from "geojson";
import { type BoundaryIndex, placeShape, type PlaceShape } from "../geo/place-geometry";
import type { Place } from "../schema/gazetteer";
import type { ExportRow } from "./rows";

/**
 * The same rows as RFC 7946 GeoJSON, drawn at their precision (placeShape: a city is a point, a
 * province or country its area, never a centroid). A row with no place keeps its feature with
 * `geometry: null`, which RFC 7946 allows for unlocated features, so the file holds every claim
 * of the view, as the CSV does.
 */
export type ExportCollection = FeatureCollection<PlaceShape["geometry"] | null, ExportRow>;

export function exportGeojson(
  rows: readonly ExportRow[],
  places: ReadonlyMap<string, Place>,
  index: BoundaryIndex,
  shapes = new Map<string, PlaceShape | null>(),
): ExportCollection {
  const shapeOf = (id: string) => {
    if (!shapes.has(id)) {
      const place = places.get(id);
      shapes.set(id, place ? placeShape(place, index) : null);
    }
    return shapes.get(id) ?? null;
  };
  const features = rows.map(
    (r): Feature<PlaceShape["geometry"] | null, ExportRow> => ({
      type: "Feature",
      id: r.place_id ? `${r.claim_id}@${r.place_id}` : r.claim_id,
      geometry: r.place_id ? (shapeOf(r.place_id)?.geometry ?? null) : null,
      properties: r,
    }),
  );
  return { type: "FeatureCollection", features };
}
