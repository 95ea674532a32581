import type { Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { placeShape } from "@/lib/geo/place-geometry";
import type { Place } from "@/lib/schema/gazetteer";

// SYNTHETIC squares standing in for provinces.
const square = (x: number, y: number): Feature<Polygon> => ({
  type: "Feature",
  properties: {},
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});
const index = {
  countries: new Map(),
  provinces: new Map([
    ["NG-BO", square(12, 11)],
    ["NG-YO", square(11, 11)],
  ]),
};
const region = (id: string, members: string[]) => ({ id, kind: "region", members, nameEn: id, nameAr: id }) as unknown as Place;

describe("the shape a region is drawn with", () => {
  it("is its single member's shape when it has one member (a forest inside one province)", () => {
    const s = placeShape(region("region:forest", ["NG-BO"]), index);
    expect(s?.geometry).toEqual(square(12, 11).geometry);
  });

  it("is the union of its members when it has several", () => {
    const s = placeShape(region("region:two", ["NG-BO", "NG-YO"]), index)!;
    expect(s.geometry.type).toBe("Polygon");
    expect(s.areaKm2).toBeGreaterThan(placeShape(region("region:one", ["NG-BO"]), index)!.areaKm2 * 1.9);
  });

  it("is nothing when none of its members is known", () => {
    expect(placeShape(region("region:none", ["XX-1"]), index)).toBeNull();
  });
});
