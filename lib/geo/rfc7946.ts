import { rewind, truncate } from "@turf/turf";
import type { FeatureCollection } from "geojson";

/**
 * Decimals kept. RFC 7946 says six (about 10 cm) is plenty; the committed boundaries are
 * quantized to 1e5 steps over about 85 degrees (about 0.0009 degrees), so five lose nothing
 * they hold, and the layers shrink by a fifth.
 */
export const DECIMALS = 5;

/**
 * RFC 7946 asks for exterior rings counter-clockwise (topojson-client emits them the d3 way,
 * clockwise) and a precision that fits the data.
 */
export function toRfc7946<T extends FeatureCollection>(fc: T): T {
  const wound = rewind(fc, { reverse: false }) as T;
  return truncate(wound, { precision: DECIMALS, coordinates: 2, mutate: true }) as T;
}
