import { rewind } from "@turf/turf";
import type { FeatureCollection, Geometry } from "geojson";
import { admin1, countries, labels, world } from "../geo/boundaries";

/**
 * The base layers in d3's winding. The app serves RFC 7946 GeoJSON (exterior rings
 * counter-clockwise); d3-geo works on the sphere and reads such a ring as everything *outside*
 * it, so each collection is rewound once per process before it is projected.
 */
export type BaseLayers = {
  world: FeatureCollection<Geometry, Record<string, unknown>>;
  countries: FeatureCollection<Geometry, Record<string, unknown>>;
  admin1: FeatureCollection<Geometry, Record<string, unknown>>;
  labels: FeatureCollection<Geometry, Record<string, unknown>>;
};

let memo: BaseLayers | undefined;

const forD3 = (fc: FeatureCollection): FeatureCollection<Geometry, Record<string, unknown>> =>
  rewind(structuredClone(fc), { reverse: true, mutate: true }) as FeatureCollection<Geometry, Record<string, unknown>>;

export function baseLayers(): BaseLayers {
  memo ??= { world: forD3(world()), countries: forD3(countries()), admin1: forD3(admin1()), labels: labels() };
  return memo;
}
