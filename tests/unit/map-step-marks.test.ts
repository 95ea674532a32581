import { featureFilter, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FilterSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { CLAIM_SOURCE, claimLayers, STATE } from "@/lib/map/claim-layers";
import { mapStyle } from "@/lib/map/map-style";
import { mapMarks, stateKey } from "@/lib/map/mark-states";
import { stepFilter, stepMarks } from "@/lib/map/step-marks";
import type { Mark } from "@/lib/view/marks";
import { paint } from "@/lib/static-map/paint";
import { syntheticMark } from "../support/marks";

// SYNTHETIC marks: ids and places are made up for the test.
const mark = (over: Partial<Mark> & Pick<Mark, "id" | "layer">): Mark => syntheticMark({ claims: 1, value: 1, ...over });
const ACTORS = new Map([["g1", { nameEn: "Group one", nameAr: "المجموعة", color: "#111111" }]]);
const LAYERS = ["recruitment-hotspots", "allegiance-shifts", "territorial-loss"] as const;

const WHOLE = [
  mark({ id: "town-a", layer: "recruitment-hotspots", targets: [], point: [36, 33], value: 5 }),
  mark({ id: "town-b", layer: "recruitment-hotspots", targets: [], point: [37, 34], value: 2 }),
  mark({ id: "prov", layer: "recruitment-hotspots", targets: [{ source: "admin1", id: "SY-DI" }], value: 3 }),
  mark({ id: "shift", layer: "allegiance-shifts", targets: [], point: [38, 35], actor: "g1", fromActor: "g1", toActor: "g1" }),
];
// The same view as of an earlier month: fewer marks, smaller counts.
const EARLIER = [mark({ id: "town-a", layer: "recruitment-hotspots", targets: [], point: [36, 33], value: 1 })];

const frame = mapMarks(WHOLE, LAYERS, ACTORS, null, "en");
const step = stepMarks(frame, mapMarks(EARLIER, LAYERS, ACTORS, null, "en"));

/** Whether a filter keeps a point feature with these properties. */
const keeps = (filter: FilterSpecification | undefined, properties: Record<string, unknown>) =>
  featureFilter(filter as never, "layers[0].filter").filter({ zoom: 5 } as never, { type: 1, properties, geometry: [] } as never);

describe("a playback step", () => {
  it("keeps the whole range's point and label features, so the map's sources never get new data", () => {
    expect(step.points).toBe(frame.points);
    expect(step.labels).toBe(frame.labels);
  });

  it("shows only the marks dated by the step's month", () => {
    expect(step.step.shown).toEqual(["town-a"]);
    expect(step.step.points).toBe(1);
  });

  it("carries a point's count at the step as feature state when it differs from the whole range's", () => {
    expect(step.states.get(stateKey(CLAIM_SOURCE.points, "town-a"))).toEqual({ [STATE.pointValue]: 1 });
    expect(step.states.has(stateKey(CLAIM_SOURCE.points, "town-b"))).toBe(false);
  });

  it("sizes a recruitment point by the step's count when one is set, else by the whole range's", () => {
    const layer = claimLayers("recruitment-hotspots").find((l) => l.id === "recruitment-hotspots-points")!;
    const radius = (state: Record<string, unknown>) => paint(layer, "circle-radius", 5, { properties: { value: 10, layer: "recruitment-hotspots" }, state, geometryType: "Point" });
    expect(radius({})).toBe(16);
    expect(radius({ [STATE.pointValue]: 1 })).toBe(6);
  });

  it("shades only the areas of the step, but lets every layer keep the whole range's targets", () => {
    expect(step.states.has(stateKey("admin1", "SY-DI"))).toBe(false);
    expect(step.step.frameStates.has(stateKey("admin1", "SY-DI"))).toBe(true);
  });
});

describe("the step filter", () => {
  const own = claimLayers("recruitment-hotspots").find((l) => l.id === "recruitment-hotspots-points")!;
  const ownFilter = "filter" in own ? own.filter : undefined;

  it("draws a point of the layer only when its mark is shown at the step", () => {
    const f = stepFilter(ownFilter, ["town-a"]);
    // `top`: one of the points drawn from the first zoom (claim-layers pointLayers).
    expect(keeps(f, { markId: "town-a", layer: "recruitment-hotspots", top: true })).toBe(true);
    expect(keeps(f, { markId: "town-b", layer: "recruitment-hotspots", top: true })).toBe(false);
    expect(keeps(f, { markId: "town-a", layer: "allegiance-shifts", top: true })).toBe(false);
  });

  it("draws nothing at a step with no marks", () => {
    expect(keeps(stepFilter(ownFilter, []), { markId: "town-a", layer: "recruitment-hotspots" })).toBe(false);
  });

  it("leaves the layer's own filter as it is when there is no step", () => {
    expect(stepFilter(ownFilter, null)).toBe(ownFilter);
  });

  it("makes a valid style when set on every claim point and label layer", () => {
    const style = mapStyle("http://127.0.0.1:3000", "en", LAYERS, undefined, { points: frame.points, labels: frame.labels });
    const layers = style.layers.map((l) =>
      "source" in l && (l.source === CLAIM_SOURCE.points || l.source === CLAIM_SOURCE.labels) ? { ...l, filter: stepFilter(l.filter, step.step.shown) } : l,
    );
    expect(validateStyleMin({ ...style, layers } as never)).toEqual([]);
  });
});
