import type { FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { POINTS_MORE_MINZOOM } from "@/lib/map/claim-layers";
import type { PointProps } from "@/lib/map/mark-states";
import { heldBackNote, pointsHeldBack } from "@/lib/map/point-thinning";

// SYNTHETIC points: two drawn from the first zoom (`top`), three only from POINTS_MORE_MINZOOM.
const fc = (tops: boolean[]): FeatureCollection<Point, PointProps> => ({
  type: "FeatureCollection",
  features: tops.map((top, i) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [40, 33] },
    properties: { markId: `m${i}`, layer: "recruitment-hotspots", value: 1, color: "#000", label: "", ...(top ? { top: true as const } : {}) },
  })),
});
const points = fc([true, true, false, false, false]);

describe("points held back at a zoom", () => {
  it("counts the places not drawn below the zoom where every place shows, and none from there on", () => {
    expect(pointsHeldBack(points, 2.8)).toBe(3);
    expect(pointsHeldBack(points, POINTS_MORE_MINZOOM)).toBe(0);
    expect(pointsHeldBack(fc([true, true]), 2.8)).toBe(0);
  });

  it("says nothing when every place is drawn", () => {
    expect(heldBackNote(0, "en")).toBeNull();
    expect(heldBackNote(0, "ar")).toBeNull();
  });

  it("says how many places wait for a closer zoom, in English and in Arabic with the counted noun's agreement", () => {
    expect(heldBackNote(13586, "en")).toBe("Showing each layer's 300 most reported places; zoom in to see 13,586 more.");
    expect(heldBackNote(3, "ar")).toContain("3 أماكن");
    expect(heldBackNote(11, "ar")).toContain("11 مكانًا غيرها");
  });
});
