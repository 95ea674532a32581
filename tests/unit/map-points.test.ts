import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { claimLayers, interactiveIds, POINTS_AT_ANY_ZOOM, POINTS_MORE_MINZOOM } from "@/lib/map/claim-layers";
import { mapMarks } from "@/lib/map/mark-states";
import type { Mark } from "@/lib/view/marks";
import type { ViewLayer } from "@/lib/view/view-state";
import { syntheticMark } from "../support/marks";

// SYNTHETIC town marks: ids and places are made up; `claims` is how many claims stand behind each.
const town = (i: number, claims: number, layer: ViewLayer = "recruitment-hotspots"): Mark =>
  syntheticMark({ id: `${layer}@town-${i}`, layer, precision: "point", targets: [], point: [40 + i / 1000, 33], claims, value: claims });

const pointsOf = (marks: Mark[], selection: string | null = null) =>
  mapMarks(marks, ["recruitment-hotspots", "territorial-loss"], new Map(), selection, "en").points.features.map((f) => f.properties);

/** Which claim point layers draw a point at a zoom: the layer's filter keeps it and the zoom is past its minzoom. */
function layersDrawing(props: Record<string, unknown>, zoom: number): string[] {
  return (["recruitment-hotspots", "territorial-loss"] as const)
    .flatMap(claimLayers)
    .filter((l) => l.type === "circle" && zoom >= (l.minzoom ?? 0))
    .filter((l) =>
      featureFilter(("filter" in l ? l.filter : undefined) as never, "layers[0].filter").filter({ zoom } as never, { type: 1, properties: props, geometry: [] } as never),
    )
    .map((l) => l.id);
}

const FIRST_ZOOM = 2.8;

describe("claim points", () => {
  it("all show from the first zoom when a view has few of them", () => {
    const points = pointsOf([town(1, 3), town(2, 1), town(3, 9, "territorial-loss")]);
    expect(points).toHaveLength(3);
    expect(points.map((p) => layersDrawing(p, FIRST_ZOOM))).toEqual([["recruitment-hotspots-points"], ["recruitment-hotspots-points"], ["territorial-loss-points"]]);
  });

  it("show only each layer's most reported places from the first zoom when a view has many, every one on zooming in", () => {
    const many = Array.from({ length: POINTS_AT_ANY_ZOOM + 40 }, (_, i) => town(i, i + 1));
    const points = pointsOf([...many, town(9999, 1, "territorial-loss")]);
    const first = points.filter((p) => layersDrawing(p, FIRST_ZOOM).length > 0);
    // Each layer has its own quota: the one loss point is not crowded out by recruitment's many.
    expect(first.filter((p) => p.layer === "recruitment-hotspots")).toHaveLength(POINTS_AT_ANY_ZOOM);
    expect(first.some((p) => p.layer === "territorial-loss")).toBe(true);
    expect(Math.min(...first.filter((p) => p.layer === "recruitment-hotspots").map((p) => p.value))).toBe(41);
    // Nothing is lost: every point is drawn once zoomed in, by exactly one layer.
    for (const p of points) expect(layersDrawing(p, POINTS_MORE_MINZOOM)).toHaveLength(1);
  });

  it("draw the selected place from the first zoom however few claims it has", () => {
    const many = Array.from({ length: POINTS_AT_ANY_ZOOM + 40 }, (_, i) => town(i, i + 1));
    const least = many[0]!.id;
    expect(layersDrawing(pointsOf(many).find((p) => p.markId === least)!, FIRST_ZOOM)).toEqual([]);
    expect(layersDrawing(pointsOf(many, least).find((p) => p.markId === least)!, FIRST_ZOOM)).toEqual(["recruitment-hotspots-points"]);
  });

  it("stay clickable at every zoom, whichever of the two layers draws them", () => {
    const ids = interactiveIds("territorial-loss");
    expect(ids).toContain("territorial-loss-points");
    expect(ids).toContain("territorial-loss-points-more");
  });
});
