import { feature } from "topojson-client";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { fixAdmin1 } from "@/scripts/geodata/admin1";
import { buildBoundaries, mergedFeature } from "@/scripts/geodata/topology";
import { admin1, defectiveAdmin1, square, squareWithHole } from "@/tests/fixtures/geodata/synthetic";

const countries = [
  { iso3: "AFG", iso2: "AF", nameEn: "Afghanistan", nameAr: "أفغانستان" },
  { iso3: "DZA", iso2: "DZ", nameEn: "Algeria", nameAr: "الجزائر" },
  { iso3: "IRQ", iso2: "IQ", nameEn: "Iraq", nameAr: "العراق" },
  { iso3: "SYR", iso2: "SY", nameEn: "Syria", nameAr: "سوريا" },
  { iso3: "YEM", iso2: "YE", nameEn: "Yemen", nameAr: "اليمن" },
];

const prop = (g: { properties?: unknown }, key: string) => (g.properties as Record<string, string>)[key];

function arcIds(arcs: unknown): number[] {
  return (Array.isArray(arcs) ? arcs.flat(3) : []).map((a: number) => (a < 0 ? ~a : a));
}

describe("buildBoundaries (synthetic squares)", () => {
  const topo = buildBoundaries(fixAdmin1(defectiveAdmin1()), countries);

  it("has admin1 and countries with exactly the agreed properties", () => {
    for (const g of topo.objects.admin1.geometries) expect(Object.keys(g.properties!).sort()).toEqual(["country", "iso", "nameAr", "nameEn"]);
    for (const g of topo.objects.countries.geometries) expect(Object.keys(g.properties!).sort()).toEqual(["iso2", "iso3", "nameAr", "nameEn"]);
    expect(topo.transform).toBeDefined();
  });

  it("builds countries only from province arcs, so both layers share borders", () => {
    const provinceArcs = new Set(topo.objects.admin1.geometries.flatMap((g) => arcIds("arcs" in g ? g.arcs : [])));
    for (const g of topo.objects.countries.geometries) {
      for (const id of arcIds("arcs" in g ? g.arcs : [])) expect(provinceArcs.has(id)).toBe(true);
    }
  });

  it("dissolves the absorbed UNDOF strip into one Quneitra polygon", () => {
    const qu = topo.objects.admin1.geometries.find((g) => prop(g, "iso") === "SY-QU")!;
    expect(qu.type).toBe("Polygon");
  });

  it("merges Afghanistan's four squares into one outline without inner borders", () => {
    const afg = topo.objects.countries.geometries.find((g) => prop(g, "iso3") === "AFG")!;
    expect(afg.type).toBe("Polygon");
    const f = feature(topo, afg) as Feature<Polygon>;
    expect(f.geometry.coordinates).toHaveLength(1);
  });

  it("keeps an enclave a polygon however hard it simplifies", () => {
    const inner = square(2, 2, 0.01);
    const provinces = fixAdmin1([admin1("SY-DI", inner), admin1("SY-RD", squareWithHole(0, 0, 5, inner))]);
    const t = buildBoundaries(
      provinces,
      countries.filter((c) => c.iso3 === "SYR"),
      1e9,
    );
    const di = feature(t, t.objects.admin1.geometries.find((g) => prop(g, "iso") === "SY-DI")!) as Feature<Polygon>;
    const ring = di.geometry.coordinates[0]!;
    expect(new Set(ring.map((p) => p.join())).size).toBeGreaterThanOrEqual(3);
  });

  it("merges any set of provinces into one area for label points", () => {
    const f: Feature<MultiPolygon> = mergedFeature(topo, (p) => p.country === "YEM");
    expect(f.geometry.coordinates).toHaveLength(1);
  });
});
