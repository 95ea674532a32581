import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon } from "geojson";
import { feature, mergeArcs, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { Province } from "./admin1";

// Type aliases, not interfaces: topojson's types want an index-signature-compatible shape.
export type Admin1Props = {
  iso: string;
  country: string;
  nameEn: string;
  nameAr: string;
};
export type CountryProps = {
  iso3: string;
  iso2: string;
  nameEn: string;
  nameAr: string;
};
type AreaGeometry<P extends GeoJsonProperties> = (TopoPolygon<P> | TopoMultiPolygon<P>) & { properties: P };
export type Boundaries = Topology<{
  admin1: GeometryCollection<Admin1Props>;
  countries: GeometryCollection<CountryProps>;
}>;

/** Planar weight in square degrees: 8e-4 lands the seven countries near 32 KB gzip (2e-3: 27 KB). */
export const DEFAULT_MIN_WEIGHT = 8e-4;
export const QUANTIZATION = 1e5;

function asArea<P extends GeoJsonProperties>(merged: TopoMultiPolygon, properties: P): AreaGeometry<P> {
  const arcs = merged.arcs;
  if (arcs.length === 1 && arcs[0]) return { type: "Polygon", arcs: arcs[0], properties };
  return { type: "MultiPolygon", arcs, properties };
}

/**
 * Every arc keeps its two weightiest interior points whatever the threshold: an enclave such
 * as Damascus inside Rif Dimashq is one closed arc and would otherwise collapse to a line.
 */
export function protectSmallRings(topo: Topology): void {
  for (const arc of topo.arcs) {
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of interior.slice(0, 2)) point[2] = Infinity;
  }
}

/**
 * One topology for provinces and countries: countries are merged from province arcs, so a
 * country border and the province borders along it are the very same arcs after simplifying.
 */
export function buildBoundaries(provinces: readonly Province[], countries: readonly CountryProps[], minWeight = DEFAULT_MIN_WEIGHT): Boundaries {
  const fc: FeatureCollection<Polygon | MultiPolygon, Admin1Props> = {
    type: "FeatureCollection",
    features: provinces.map((p) => ({
      type: "Feature",
      properties: { iso: p.iso, country: p.country, nameEn: p.nameEn, nameAr: p.nameAr },
      geometry: p.geometry,
    })),
  };
  let topo = topology({ admin1: fc }) as unknown as Topology<{ admin1: GeometryCollection<Admin1Props> }>;
  // Dissolve borders inside one province (e.g. the absorbed UNDOF strip within Quneitra).
  topo.objects.admin1.geometries = topo.objects.admin1.geometries.map((g) => {
    const props = g.properties as Admin1Props;
    return g.type === "MultiPolygon" ? asArea(mergeArcs(topo, [g]), props) : { ...g, properties: props };
  });
  topo = presimplify(topo);
  protectSmallRings(topo);
  topo = quantize(simplify(topo, minWeight), QUANTIZATION);

  const admin1 = topo.objects.admin1.geometries as AreaGeometry<Admin1Props>[];
  const countryGeoms = countries.map((c) => {
    const members = admin1.filter((g) => g.properties.country === c.iso3);
    if (members.length === 0) throw new Error(`no provinces for ${c.iso3}`);
    return asArea(mergeArcs(topo, members), { iso3: c.iso3, iso2: c.iso2, nameEn: c.nameEn, nameAr: c.nameAr });
  });
  return {
    ...topo,
    objects: {
      admin1: { type: "GeometryCollection", geometries: admin1 },
      countries: { type: "GeometryCollection", geometries: countryGeoms },
    },
  };
}

/** GeoJSON of some geometries of the topology, dissolved into one area. */
export function mergedFeature(topo: Boundaries, predicate: (p: Admin1Props) => boolean): Feature<MultiPolygon> {
  const members = topo.objects.admin1.geometries.filter((g) => g.properties && predicate(g.properties as Admin1Props));
  const geometry = mergeArcs(topo, members as (TopoPolygon | TopoMultiPolygon)[]);
  return feature(topo, geometry) as unknown as Feature<MultiPolygon>;
}
