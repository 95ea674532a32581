import { rewind, truncate } from "@turf/turf";
import type { FeatureCollection } from "geojson";

/**
 * RFC 7946 asks for exterior rings counter-clockwise (topojson-client emits them the d3 way,
 * clockwise) and says six decimals (about 10 cm) is plenty; both also make files smaller.
 */
export function toRfc7946<T extends FeatureCollection>(fc: T): T {
  const wound = rewind(fc, { reverse: false }) as T;
  return truncate(wound, { precision: 6, coordinates: 2, mutate: true }) as T;
}
