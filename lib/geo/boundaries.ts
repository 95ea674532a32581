import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { boundariesTopology, loadGazetteer, worldTopology } from "./geodata-files";
import type { BoundaryIndex } from "./place-geometry";
import { toRfc7946 } from "./rfc7946";

export type CountryProps = { iso3: string; iso2: string; nameEn: string; nameAr: string };
export type Admin1Props = { iso: string; country: string; nameEn: string; nameAr: string };
export type LabelProps = { kind: "country" | "province"; iso: string; nameEn: string; nameAr: string };

type Area = Polygon | MultiPolygon;

/**
 * One geometry type per layer: GIS tools (GDAL, shapefile export) read a layer mixing Polygon
 * and MultiPolygon as "Unknown", so every area is a MultiPolygon.
 */
function asMulti(g: Area): MultiPolygon {
  return g.type === "MultiPolygon" ? g : { type: "MultiPolygon", coordinates: [g.coordinates] };
}

function collection<P extends Record<string, unknown>>(topo: Topology, name: string): FeatureCollection<MultiPolygon, P> {
  const object = topo.objects[name] as GeometryCollection<P>;
  const fc = feature(topo, object) as unknown as FeatureCollection<Area, P>;
  return toRfc7946({ ...fc, features: fc.features.map((f) => ({ ...f, geometry: asMulti(f.geometry) })) });
}

export const countries = () => collection<CountryProps>(boundariesTopology(), "countries");
export const admin1 = () => collection<Admin1Props>(boundariesTopology(), "admin1");

let index: BoundaryIndex | undefined;
/** Countries and provinces by code, built once: claim layers look their geometry up here. */
export function boundaryIndex(): BoundaryIndex {
  index ??= {
    countries: new Map(countries().features.map((f) => [f.properties.iso3, f])),
    provinces: new Map(admin1().features.map((f) => [f.properties.iso, f])),
  };
  return index;
}
export const world = () => collection<{ name?: string }>(worldTopology(), "countries");

/**
 * Label points for countries and provinces: the gazetteer's representative points sit inside
 * each shape, where a polygon's own symbol placement would repeat a label on every tile.
 */
export function labels(): FeatureCollection<Point, LabelProps> {
  const features = loadGazetteer()
    .places.filter((p) => p.kind === "country" || p.kind === "province")
    .map((p) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: p.point },
      properties: { kind: p.kind as LabelProps["kind"], iso: p.iso ?? p.id, nameEn: p.nameEn, nameAr: p.nameAr },
    }));
  return toRfc7946({ type: "FeatureCollection", features });
}
