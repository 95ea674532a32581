import { describe, expect, it } from "vitest";
import { claimLayers, STATE, unreviewedKey } from "@/lib/map/claim-layers";
import { mapMarks, shiftLabel, stateKey, stateTarget } from "@/lib/map/mark-states";
import type { Mark } from "@/lib/view/marks";
import { syntheticMark } from "../support/marks";

// SYNTHETIC marks: ids and names are made up for the test.
const mark = (over: Partial<Mark> & Pick<Mark, "id" | "layer">): Mark => syntheticMark({ claims: 1, value: 1, ...over });

const ACTORS = new Map([
  ["isis", { nameEn: "ISIS", nameAr: "داعش", color: "#111111" }],
  ["al-qaeda", { nameEn: "al-Qaeda", nameAr: "القاعدة", color: "#8c2d04" }],
]);

describe("mapMarks", () => {
  it("sums recruitment on a province that a region and a province claim both cover", () => {
    const marks = [
      mark({
        id: "r1",
        layer: "recruitment-hotspots",
        targets: [
          { source: "admin1", id: "NG-BO" },
          { source: "admin1", id: "NG-YO" },
        ],
        value: 1,
      }),
      mark({ id: "r2", layer: "recruitment-hotspots", targets: [{ source: "admin1", id: "NG-BO" }], value: 2 }),
    ];
    const { states } = mapMarks(marks, ["recruitment-hotspots"], ACTORS, null, "en");
    expect(states.get(stateKey("admin1", "NG-BO"))?.[STATE.recruit]).toBe(3);
    expect(states.get(stateKey("admin1", "NG-YO"))?.[STATE.recruit]).toBe(1);
  });

  it("sets nothing for a layer that is switched off", () => {
    const { states, points } = mapMarks([mark({ id: "l", layer: "territorial-loss", value: 60 })], ["activity"], ACTORS, null, "en");
    expect(states.size).toBe(0);
    expect(points.features).toEqual([]);
  });

  it("draws a mark with no base feature as a point, with its actor's colour", () => {
    const { points } = mapMarks(
      [mark({ id: "p", layer: "allegiance-shifts", targets: [], point: [39, 35.9], actor: "al-qaeda", fromActor: "isis", toActor: "al-qaeda" })],
      ["allegiance-shifts"],
      ACTORS,
      null,
      "en",
    );
    expect(points.features[0]?.geometry.coordinates).toEqual([39, 35.9]);
    expect(points.features[0]?.properties).toMatchObject({ markId: "p", color: "#8c2d04", label: "ISIS → al-Qaeda" });
  });

  it("marks the selected mark's features as selected", () => {
    const { states } = mapMarks([mark({ id: "sel", layer: "territorial-loss", value: 60 })], ["territorial-loss"], ACTORS, "sel", "en");
    expect(states.get(stateKey("countries", "IRQ"))).toMatchObject({ [STATE.loss]: 60, [STATE.selected]: true });
  });

  it("scales activity against the busiest country", () => {
    const { states } = mapMarks(
      [mark({ id: "a", layer: "activity", value: 4 }), mark({ id: "b", layer: "activity", value: 1, targets: [{ source: "countries", id: "SYR" }] })],
      ["activity"],
      ACTORS,
      null,
      "en",
    );
    expect(states.get(stateKey("countries", "IRQ"))?.[STATE.activityShare]).toBe(1);
    expect(states.get(stateKey("countries", "SYR"))?.[STATE.activityShare]).toBe(0.25);
  });
});

describe("shiftLabel", () => {
  it("points the arrow the way each language reads", () => {
    const m = mark({ id: "s", layer: "allegiance-shifts", fromActor: "isis", toActor: "al-qaeda" });
    expect(shiftLabel(m, ACTORS, "en")).toBe("ISIS → al-Qaeda");
    expect(shiftLabel(m, ACTORS, "ar")).toBe("داعش ← القاعدة");
  });
});

describe("state keys", () => {
  it("name the feature they were made from, for setFeatureState", () => {
    expect(stateTarget(stateKey("admin1", "NG-BO"))).toEqual({ source: "admin1", id: "NG-BO" });
    expect(stateTarget(stateKey("countries", "SYR"))).toEqual({ source: "countries", id: "SYR" });
  });

  it("marks the places and points of unreviewed claims on their own layer, for the dotted outline and the pale point", () => {
    const marks = [
      mark({ id: "u", layer: "recruitment-hotspots", unreviewed: true }),
      mark({ id: "a", layer: "activity" }),
      mark({ id: "p", layer: "allegiance-shifts", targets: [], unreviewed: true }),
    ];
    const { states, points } = mapMarks(marks, ["recruitment-hotspots", "activity", "allegiance-shifts"], ACTORS, null, "en");
    const iraq = states.get(stateKey("countries", "IRQ"))!;
    expect(iraq[unreviewedKey("recruitment-hotspots")]).toBe(true);
    expect(iraq[unreviewedKey("activity")]).toBeUndefined();
    expect(points.features.map((f) => f.properties.unreviewed)).toEqual([true]);
  });

  it("draws the dotted outline of each layer only where that layer's key is set", () => {
    for (const view of ["territorial-loss", "recruitment-hotspots", "allegiance-shifts", "activity"] as const) {
      const outlines = claimLayers(view).filter((l) => l.id.endsWith("-unreviewed-outline"));
      expect(outlines.map((l) => (l as { source: string }).source)).toEqual(["countries", "admin1"]);
      for (const l of outlines) expect(JSON.stringify((l as { paint: object }).paint)).toContain(`"feature-state","${unreviewedKey(view)}"`);
    }
  });
});
