import { describe, expect, it } from "vitest";
import { claimLayers } from "@/lib/map/claim-layers";
import { maxSources, pointRadius, RADIUS_STOPS, SOURCES_KEY_TEXT, sourcesSteps } from "@/lib/view/sources-key";

describe("the key of shading by independent sources", () => {
  it("draws town circles with the map's own radius stops", () => {
    const layer = claimLayers("recruitment-hotspots").find((l) => l.id === "recruitment-hotspots-points")!;
    const radius = (layer.paint as Record<string, unknown>)["circle-radius"] as unknown[];
    expect(radius.slice(3)).toEqual(RADIUS_STOPS.flat());
    expect(pointRadius(1)).toBe(6);
    expect(pointRadius(10)).toBe(16);
    expect(pointRadius(40)).toBe(16);
  });
  it("shows 1, 2 and 3 or more sources, growing, in English and Arabic", () => {
    const en = sourcesSteps(3, "en");
    expect(en.map((s) => s.label)).toEqual(["1 source", "2 sources", "3 or more sources"]);
    expect(sourcesSteps(3, "ar").map((s) => s.label)).toEqual(["مصدر واحد", "مصدران", "3 مصادر أو أكثر"]);
    expect(en[0]!.radius).toBeLessThan(en[1]!.radius);
    expect(en[1]!.lineWidth).toBeLessThan(en[2]!.lineWidth);
    expect(SOURCES_KEY_TEXT.ar.scale(5)).toContain("5");
  });
  it("scales area lines against the most-reported place drawn, leaving stated shares of loss aside", () => {
    const marks = [
      { layer: "recruitment-hotspots" as const, sources: 6 },
      { layer: "territorial-loss" as const, sources: 40 },
      { layer: "activity" as const, sources: 9 },
    ];
    expect(maxSources(marks, ["recruitment-hotspots", "territorial-loss"])).toBe(6);
    expect(maxSources(marks, ["recruitment-hotspots", "activity"])).toBe(9);
    expect(sourcesSteps(6, "en")[2]!.lineWidth).toBeCloseTo(2.5);
    expect(sourcesSteps(1, "en")[0]!.lineWidth).toBe(3.5);
  });
});
