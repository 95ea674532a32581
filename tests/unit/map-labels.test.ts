import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { claimLayers, LABELS_AT_ANY_ZOOM, LABELS_MORE_MINZOOM } from "@/lib/map/claim-layers";
import { mapMarks } from "@/lib/map/mark-states";
import type { Mark } from "@/lib/view/marks";
import { syntheticMark } from "../support/marks";

// SYNTHETIC joint-figure marks: ids and places are made up; the figure is the mark's value.
const joint = (i: number, value: number): Mark =>
  syntheticMark({
    id: `j${i}`,
    layer: "territorial-loss",
    claims: 1,
    value,
    jointOf: [
      { placeId: "country:AAA", nameEn: "A", nameAr: "أ" },
      { placeId: "country:BBB", nameEn: "B", nameAr: "ب" },
    ],
    figure: { value, qualifier: "about" } as never,
    targets: [],
  });

const labelsOf = (marks: Mark[]) => mapMarks(marks, ["territorial-loss"], new Map(), null, "en").labels.features.map((f) => f.properties);

/** Which of the loss label layers draw a label at a zoom: its filter keeps it and the zoom is past its minzoom. */
function layersDrawing(props: Record<string, unknown>, zoom: number): string[] {
  return claimLayers("territorial-loss")
    .filter((l) => l.type === "symbol" && zoom >= (l.minzoom ?? 0))
    .filter((l) =>
      featureFilter(("filter" in l ? l.filter : undefined) as never, "layers[0].filter").filter({ zoom } as never, { type: 1, properties: props, geometry: [] } as never),
    )
    .map((l) => l.id);
}

describe("territorial-loss labels", () => {
  it("all show from the first zoom when a view has few of them", () => {
    const labels = labelsOf([joint(1, 60), joint(2, 30)]);
    expect(labels).toHaveLength(2);
    for (const p of labels) expect(layersDrawing(p, 3)).toEqual(["territorial-loss-labels"]);
  });

  it("show only the largest figures from the first zoom when a view has many, the rest on zooming in", () => {
    const many = Array.from({ length: LABELS_AT_ANY_ZOOM + 50 }, (_, i) => joint(i, i));
    const labels = labelsOf(many);
    const first = labels.filter((p) => layersDrawing(p, 3).length > 0);
    expect(first).toHaveLength(LABELS_AT_ANY_ZOOM);
    expect(Math.min(...first.map((p) => p.value))).toBe(50);
    // Nothing is lost: every label is drawn once zoomed in, by exactly one layer.
    for (const p of labels) expect(layersDrawing(p, LABELS_MORE_MINZOOM)).toHaveLength(1);
  });

  it("place the larger figure first when labels collide", () => {
    const layer = claimLayers("territorial-loss").find((l) => l.id === "territorial-loss-labels")!;
    expect(layer.type === "symbol" && layer.layout?.["symbol-sort-key"]).toEqual(["-", 0, ["get", "value"]]);
  });
});
