import { describe, expect, it } from "vitest";
import { relativeCamera } from "@/lib/map/relative-camera";

const SYRIA: [[number, number], [number, number]] = [
  [35, 32],
  [43, 37],
];
const PROVINCE: [[number, number], [number, number]] = [
  [38, 35],
  [40, 36],
];

describe("a comparison panel's camera, moved to another region", () => {
  it("stands in the same relation to the other region: its centre to its centre, zoomed in as much as the region is smaller", () => {
    const c = relativeCamera({ center: [39, 34.5], zoom: 5 }, SYRIA, PROVINCE);
    expect(c.center).toEqual([39, 35.5]);
    expect(c.zoom).toBeCloseTo(7, 5);
  });
  it("keeps an offset from the centre, scaled by the regions' sizes", () => {
    const c = relativeCamera({ center: [43, 34.5], zoom: 5 }, SYRIA, PROVINCE);
    expect(c.center[0]).toBeCloseTo(40, 5);
  });
  it("comes back to where it started", () => {
    const start = { center: [37.2, 33.1] as [number, number], zoom: 6.3 };
    const back = relativeCamera(relativeCamera(start, SYRIA, PROVINCE), PROVINCE, SYRIA);
    expect(back.center[0]).toBeCloseTo(start.center[0], 6);
    expect(back.zoom).toBeCloseTo(start.zoom, 6);
  });
});
