import { bbox } from "@turf/turf";
import type { FeatureCollection, Geometry } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { protectSmallRings } from "./topology";

export type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * The world only gives muted context around the seven countries, so world-atlas 110m is
 * simplified further (square degrees) and quantized coarsely: a few KB instead of ~38.
 */
export const WORLD_MIN_WEIGHT = 0.1;
export const WORLD_QUANTIZATION = 1e4;

/** West Africa to Central Asia: every view of the seven countries lies inside it. */
export const CONTEXT_WINDOW: [number, number, number, number] = [-30, -15, 95, 60];

function intersects(a: number[], b: readonly number[]): boolean {
  return (a[0] ?? 0) <= (b[2] ?? 0) && (a[2] ?? 0) >= (b[0] ?? 0) && (a[1] ?? 0) <= (b[3] ?? 0) && (a[3] ?? 0) >= (b[1] ?? 0);
}

export function buildWorld(
  atlas: Topology<{ countries: GeometryCollection<{ name?: string }> }>,
  minWeight = WORLD_MIN_WEIGHT,
  window: readonly number[] = CONTEXT_WINDOW,
): WorldTopology {
  const source = feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry | null, { name?: string }>;
  const features = source.features
    .filter((f) => f.geometry !== null && intersects(bbox(f.geometry), window))
    .map((f) => ({
      type: "Feature" as const,
      // Zero-padded ISO 3166-1 numeric, as in world-atlas; lets the app join by code if needed.
      id: f.id,
      properties: { name: f.properties?.name ?? "" },
      geometry: f.geometry,
    }))
    .sort((a, b) => String(a.id ?? a.properties.name).localeCompare(String(b.id ?? b.properties.name)));
  const fc = { type: "FeatureCollection", features } as FeatureCollection;
  let topo = topology({ countries: fc }) as unknown as Topology<Objects>;
  topo = presimplify(topo);
  protectSmallRings(topo);
  return quantize(simplify(topo, minWeight), WORLD_QUANTIZATION) as unknown as WorldTopology;
}
