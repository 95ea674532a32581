import { describe, expect, it } from "vitest";
import { STATE } from "@/lib/map/claim-layers";
import { mapMarks } from "@/lib/map/mark-states";
import { formatShare, jointPlaces, statedShare } from "@/lib/view/figures";
import { marksFor } from "@/lib/view/aggregate";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const between = claim({
  kind: "territorial-loss",
  places: [ref("country:SYR"), ref("country:IRQ")],
  quantity: { text: "60٪", value: 60, unit: "percent", qualifier: "more-than" },
});

describe("a stated share", () => {
  it("keeps its qualifier: 'more than 60%' is never shown as '60%'", () => {
    expect(formatShare(statedShare(between)!, "en")).toBe("more than 60%");
    expect(formatShare(statedShare(between)!, "ar")).toBe("أكثر من 60٪");
  });
  it("keeps the words the article used, to quote beside the figure", () => {
    expect(statedShare(between)?.text).toBe("60٪");
  });
});

describe("the joint-figure rule", () => {
  it("treats a share stated about several places as one figure for the group", () => {
    expect(jointPlaces(between)).toEqual(["country:SYR", "country:IRQ"]);
  });
  it("leaves a share about one place, or a claim with no share, as the place's own", () => {
    expect(jointPlaces({ ...between, places: [ref("country:SYR")] })).toBeNull();
    expect(jointPlaces({ ...between, quantity: undefined })).toBeNull();
  });
  it("draws the figure once, over both places together, never as each place's own value", () => {
    const loss = marksFor([between], PLACES).filter((m) => m.layer === "territorial-loss");
    expect(loss).toHaveLength(1);
    expect(loss[0]).toMatchObject({
      value: 60,
      figure: { value: 60, qualifier: "more-than" },
      targets: [
        { source: "countries", id: "SYR" },
        { source: "countries", id: "IRQ" },
      ],
      nameEn: `${PLACES.get("country:SYR")!.nameEn} and ${PLACES.get("country:IRQ")!.nameEn}`,
    });
    expect(loss[0]!.jointOf?.map((p) => p.placeId)).toEqual(["country:SYR", "country:IRQ"]);
  });
  it("keeps a place's own figure beside the group's, as a separate mark", () => {
    const own = claim({ kind: "territorial-loss", places: [ref("country:IRQ")], quantity: { text: "40%", value: 40, unit: "percent" } });
    const loss = marksFor([between, own], PLACES).filter((m) => m.layer === "territorial-loss");
    expect(loss.map((m) => [m.jointOf ? "joint" : m.placeId, m.value]).sort()).toEqual([
      ["country:IRQ", 40],
      ["joint", 60],
    ]);
  });
});

describe("a joint figure on the map", () => {
  it("outlines each place of the group without giving any of them the figure as its own, and labels the group once", () => {
    const mm = mapMarks(marksFor([between], PLACES), ["territorial-loss"], new Map(), null, "en");
    for (const iso of ["SYR", "IRQ"]) {
      const s = mm.states.get(`countries/${iso}`)!;
      expect(s[STATE.lossJoint]).toBe(true);
      expect(s[STATE.lossOwn]).toBeUndefined();
    }
    const labels = mm.labels.features.filter((f) => f.properties.layer === "territorial-loss").map((f) => f.properties.label);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^more than 60% · .* together$/);
  });
  it("colours a place by the group's figure when the place's own claims state no share", () => {
    const noShare = claim({ kind: "territorial-loss", places: [ref("country:SYR")] });
    const mm = mapMarks(marksFor([between, noShare], PLACES), ["territorial-loss"], new Map(), null, "en");
    expect(mm.states.get("countries/SYR")).toMatchObject({ [STATE.loss]: 60, [STATE.lossJoint]: true });
    expect(mm.states.get("countries/SYR")?.[STATE.lossOwn]).toBeUndefined();
  });
  it("lets a place's own figure colour it ahead of the group's", () => {
    const own = claim({ kind: "territorial-loss", places: [ref("country:IRQ")], quantity: { text: "40%", value: 40, unit: "percent" } });
    const mm = mapMarks(marksFor([between, own], PLACES), ["territorial-loss"], new Map(), null, "en");
    expect(mm.states.get("countries/IRQ")).toMatchObject({ [STATE.loss]: 40, [STATE.lossOwn]: true, [STATE.lossJoint]: true });
  });
});

describe("a joint figure's mark id", () => {
  it("is a valid selection, so a link can open its popup", async () => {
    const { Selection } = await import("@/lib/view/view-state");
    const [m] = marksFor([between], PLACES).filter((x) => x.layer === "territorial-loss");
    expect(Selection.safeParse(m!.id).success).toBe(true);
  });
});

describe("the loss fill", () => {
  it("is paler only on a place drawn as part of a group, so a place's own share (and the legend's swatches) keep full strength", async () => {
    const { claimLayers } = await import("@/lib/map/claim-layers");
    const { paint } = await import("@/lib/static-map/paint");
    const fill = claimLayers("territorial-loss").find((l) => l.id === "territorial-loss-countries")!;
    const opacity = (state: Record<string, unknown>) => paint(fill, "fill-opacity", 4, { properties: {}, state, geometryType: "Polygon" });
    expect(opacity({ [STATE.loss]: 60 })).toBe(0.75);
    expect(opacity({ [STATE.loss]: 60, [STATE.lossOwn]: true, [STATE.lossJoint]: true })).toBe(0.75);
    expect(opacity({ [STATE.loss]: 60, [STATE.lossJoint]: true })).toBe(0.4);
  });
});
