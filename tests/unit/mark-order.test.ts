import { describe, expect, it } from "vitest";
import { markOrder, stepMark } from "@/lib/view/mark-order";
import type { ViewLayer } from "@/lib/view/view-state";

const m = (id: string, layer: ViewLayer, lng: number, lat = 30) => ({ id, layer, point: [lng, lat] as [number, number] });
const marks = [
  m("mosul", "activity", 43.1, 36.3),
  m("raqqa", "activity", 39.0, 35.9),
  m("kabul", "activity", 69.2, 34.5),
  m("loss-iraq", "territorial-loss", 44, 33),
  m("hidden", "recruitment-hotspots", 10),
];
const layers: ViewLayer[] = ["activity", "territorial-loss"];

describe("stepping through the map's features with the keyboard", () => {
  it("goes layer by layer in the legend's order, west to east within a layer, skipping hidden layers", () => {
    expect(markOrder(marks, layers, false).map((x) => x.id)).toEqual(["raqqa", "mosul", "kabul", "loss-iraq"]);
  });

  it("reads east to west in Arabic", () => {
    expect(markOrder(marks, layers, true).map((x) => x.id)).toEqual(["kabul", "mosul", "raqqa", "loss-iraq"]);
  });

  it("puts the northern of two features on one meridian first", () => {
    expect(markOrder([m("south", "activity", 40, 10), m("north", "activity", 40, 20)], layers, false).map((x) => x.id)).toEqual(["north", "south"]);
  });

  it("starts at the first (N) or last (P) feature and wraps around at either end", () => {
    const order = markOrder(marks, layers, false);
    expect(stepMark(order, null, 1)?.id).toBe("raqqa");
    expect(stepMark(order, null, -1)?.id).toBe("loss-iraq");
    expect(stepMark(order, "loss-iraq", 1)?.id).toBe("raqqa");
    expect(stepMark(order, "raqqa", -1)?.id).toBe("loss-iraq");
    expect(stepMark(order, "mosul", 1)?.id).toBe("kabul");
    expect(stepMark([], null, 1)).toBeNull();
  });

  it("starts over when the selected feature is no longer drawn", () => {
    expect(stepMark(markOrder(marks, layers, false), "gone", 1)?.id).toBe("raqqa");
  });
});
