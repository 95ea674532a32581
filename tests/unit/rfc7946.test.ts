import type { FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { toRfc7946 } from "@/lib/geo/rfc7946";

// A synthetic square wound clockwise (the d3/topojson way), with over-precise coordinates.
const clockwise = (): FeatureCollection<Polygon> => ({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { name: "synthetic square" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [0, 1.123456789],
            [1, 1],
            [1, 0],
            [0, 0],
          ],
        ],
      },
    },
  ],
});

describe("toRfc7946", () => {
  it("winds exterior rings counter-clockwise", () => {
    const ring = toRfc7946(clockwise()).features[0]!.geometry.coordinates[0]!;
    let area = 0;
    for (let i = 0; i < ring.length - 1; i++) area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(area).toBeGreaterThan(0);
  });
  it("keeps at most six decimals (five here)", () => {
    const coords = toRfc7946(clockwise()).features[0]!.geometry.coordinates[0]!.flat();
    expect(coords).toContain(1.12346);
  });
});
