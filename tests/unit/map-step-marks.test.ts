import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { CLAIM_SOURCE, claimLayers, STATE } from "@/lib/map/claim-layers";
import { mapStyle } from "@/lib/map/map-style";
import { mapMarks, stateKey } from "@/lib/map/mark-states";
import { STEP_OFF, statesDiff, steppable, stepMarks } from "@/lib/map/step-marks";
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

const style = steppable(mapStyle("http://127.0.0.1:3000", "en", LAYERS, undefined, { points: frame.points, labels: frame.labels }));
const layerOf = (id: string) => style.layers.find((l) => l.id === id) as LayerSpecification;
const atPoint = (state: Record<string, unknown>, properties: Record<string, unknown> = { value: 10, layer: "recruitment-hotspots" }) => ({
  properties,
  state,
  geometryType: "Point" as const,
});

describe("a playback step", () => {
  it("keeps the whole range's point and label features, so the map's sources never get new data", () => {
    expect(step.points).toBe(frame.points);
    expect(step.labels).toBe(frame.labels);
  });

  it("switches off the points and labels not dated by the step's month, and only those", () => {
    expect(step.step.points).toBe(1);
    expect(step.states.get(stateKey(CLAIM_SOURCE.points, "town-b"))).toEqual({ [STEP_OFF]: true });
    expect(step.states.get(stateKey(CLAIM_SOURCE.labels, "shift"))).toEqual({ [STEP_OFF]: true });
    expect(step.states.get(stateKey(CLAIM_SOURCE.points, "town-a"))).not.toHaveProperty(STEP_OFF);
  });

  it("carries a point's count at the step as feature state when it differs from the whole range's", () => {
    expect(step.states.get(stateKey(CLAIM_SOURCE.points, "town-a"))).toEqual({ [STATE.pointValue]: 1 });
    expect(step.states.get(stateKey(CLAIM_SOURCE.points, "town-b"))).not.toHaveProperty(STATE.pointValue);
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

describe("the style a step is drawn on", () => {
  it("draws a point switched off by a step with no radius and no stroke, so it has no pixels and no hit area", () => {
    for (const id of ["recruitment-hotspots-points", "territorial-loss-points", "allegiance-shifts-points"]) {
      const layer = layerOf(id);
      expect(paint(layer, "circle-radius", 5, atPoint({ [STEP_OFF]: true })), id).toBe(0);
      expect(paint(layer, "circle-stroke-width", 5, atPoint({ [STEP_OFF]: true })), id).toBe(0);
      expect(paint(layer, "circle-radius", 5, atPoint({})), id).toBeGreaterThan(0);
    }
  });

  it("keeps a point's own size, and the step's count, when it is not switched off", () => {
    const layer = layerOf("recruitment-hotspots-points");
    expect(paint(layer, "circle-radius", 5, atPoint({}))).toBe(16);
    expect(paint(layer, "circle-radius", 5, atPoint({ [STATE.pointValue]: 1 }))).toBe(6);
  });

  it("hides a label switched off by a step, and keys labels by mark id so a state can name one", () => {
    const layer = layerOf("allegiance-shifts-labels");
    const props = { value: 1, layer: "allegiance-shifts", label: "x", color: "#111111", top: true };
    expect(paint(layer, "text-opacity", 5, atPoint({ [STEP_OFF]: true }, props))).toBe(0);
    expect(paint(layer, "text-opacity", 5, atPoint({}, props))).toBe(1);
    expect(style.sources[CLAIM_SOURCE.labels]).toMatchObject({ promoteId: "markId" });
  });

  it("is a valid style", () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it("leaves base and area layers as mapStyle made them", () => {
    const plain = mapStyle("http://127.0.0.1:3000", "en", LAYERS, undefined, { points: frame.points, labels: frame.labels });
    const areas = (s: typeof plain) => s.layers.filter((l) => !("source" in l) || (l.source !== CLAIM_SOURCE.points && l.source !== CLAIM_SOURCE.labels));
    expect(areas(style)).toEqual(areas(plain));
  });
});

describe("the feature-state calls between two steps", () => {
  const a = { [STATE.pointValue]: 2 };
  it("sends only the states that changed, and clears the ones that went", () => {
    const prev = new Map<string, Record<string, number | string | boolean>>([
      ["p/same", a],
      ["p/grew", { [STATE.pointValue]: 1 }],
      ["p/gone", { [STEP_OFF]: true }],
      ["admin1/X", { loss: 10, lossOwn: true }],
    ]);
    const next = new Map<string, Record<string, number | string | boolean>>([
      ["p/same", a],
      ["p/grew", { [STATE.pointValue]: 3 }],
      ["admin1/X", { loss: 10 }],
      ["p/new", { [STEP_OFF]: true }],
    ]);
    expect(statesDiff(prev, next)).toEqual({
      remove: [
        ["p/gone", STEP_OFF],
        ["admin1/X", "lossOwn"],
      ],
      set: [
        ["p/grew", { [STATE.pointValue]: 3 }],
        ["p/new", { [STEP_OFF]: true }],
      ],
    });
  });

  it("sends nothing for equal values held in new objects", () => {
    expect(statesDiff(new Map([["k", { loss: 1 }]]), new Map([["k", { loss: 1 }]]))).toEqual({ remove: [], set: [] });
  });

  it("between two consecutive steps, sends far fewer calls than the step holds states", () => {
    const later = stepMarks(frame, mapMarks(WHOLE, LAYERS, ACTORS, null, "en"));
    const d = statesDiff(step.states, later.states);
    // From EARLIER to the whole range: town-b and the shift come on, town-a grows, the province is shaded.
    expect(d.remove.map(([k]) => k).sort()).toEqual(
      [stateKey(CLAIM_SOURCE.labels, "shift"), stateKey(CLAIM_SOURCE.points, "shift"), stateKey(CLAIM_SOURCE.points, "town-a"), stateKey(CLAIM_SOURCE.points, "town-b")].sort(),
    );
    expect(statesDiff(later.states, later.states)).toEqual({ remove: [], set: [] });
  });
});
