import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { baseStyle, LAYER, SOURCE } from "@/lib/map/base-style";
import { interactiveIds, LAYER_ORDER } from "@/lib/map/claim-layers";
import { mapStyle, targetsOf } from "@/lib/map/map-style";

const ORIGIN = "http://127.0.0.1:3000";

describe("the base map style", () => {
  const style = baseStyle(ORIGIN);

  it("is a valid MapLibre style", () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it("loads every source, font and glyph from the app's own origin", () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls: string[] = [];
    for (const src of Object.values(style.sources)) if ("data" in src && typeof src.data === "string") urls.push(src.data);
    for (const faces of Object.values(style["font-faces"] ?? {})) {
      for (const face of Array.isArray(faces) ? faces : [{ url: faces }]) urls.push(face.url);
    }
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(new URL(url).origin).toBe(ORIGIN);
  });

  it("uses only the source and layer ids it exports", () => {
    const sourceIds = new Set(Object.values(SOURCE));
    expect(new Set(Object.keys(style.sources))).toEqual(sourceIds);
    expect(style.layers.map((l) => l.id).sort()).toEqual(Object.values(LAYER).sort());
  });

  it("draws provinces only from the zoom where they become readable", () => {
    const line = style.layers.find((l) => l.id === LAYER.admin1Line);
    expect(line?.minzoom).toBeGreaterThan(2);
  });

  it("stays valid with every claim layer in place, in both label languages", () => {
    for (const lang of ["en", "ar"] as const) expect(validateStyleMin(mapStyle(ORIGIN, lang, [...LAYER_ORDER]) as never)).toEqual([]);
  });

  it("puts claim areas under the borders and claim labels under the place names", () => {
    const ids = mapStyle(ORIGIN, "en", ["territorial-loss", "allegiance-shifts"]).layers.map((l) => l.id);
    expect(ids.indexOf("territorial-loss-countries")).toBeLessThan(ids.indexOf(LAYER.countriesLine));
    expect(ids.indexOf("allegiance-shifts-labels")).toBeLessThan(ids.indexOf(LAYER.countryLabels));
    expect(ids.indexOf("allegiance-shifts-labels")).toBeGreaterThan(ids.indexOf(LAYER.countriesLine));
    expect(ids.some((id) => id.startsWith("recruitment-hotspots"))).toBe(false);
  });

  it("draws each claim layer only on the base features its own marks style", () => {
    const targets = targetsOf(
      new Map([
        ["countries/SYR", { recruit: 2, loss: 60 }],
        ["admin1/NG-BO", { recruit: 1, shiftColor: "#1f1f1f" }],
        ["countries/IRQ", { recruit: 1 }],
        ["countries/YEM", { shiftColor: "#d94801" }],
      ]),
    );
    expect(targets["recruitment-hotspots"]).toEqual({ countries: ["IRQ", "SYR"], admin1: ["NG-BO"] });
    expect(targets["territorial-loss"]).toEqual({ countries: ["SYR"], admin1: [] });
    expect(targets["allegiance-shifts"]).toEqual({ countries: ["YEM"], admin1: ["NG-BO"] });
    expect(targets.activity).toEqual({ countries: [], admin1: [] });
    const layers = mapStyle(ORIGIN, "en", ["recruitment-hotspots", "territorial-loss"], targets).layers;
    expect(layers.find((l) => l.id === "recruitment-hotspots-countries")).toMatchObject({ filter: ["in", ["get", "iso3"], ["literal", ["IRQ", "SYR"]]] });
    expect(layers.find((l) => l.id === "recruitment-hotspots-admin1")).toMatchObject({ filter: ["in", ["get", "iso"], ["literal", ["NG-BO"]]] });
    // Clicks inside an area drawn only as outlines still find it: its invisible fill has the same targets.
    expect(layers.find((l) => l.id === "recruitment-hotspots-hit-countries")).toMatchObject({ type: "fill", filter: ["in", ["get", "iso3"], ["literal", ["IRQ", "SYR"]]] });
    // Syria's recruitment does not make the loss layer paint Iraq (transparent) too.
    expect(layers.find((l) => l.id === "territorial-loss-countries")).toMatchObject({ filter: ["in", ["get", "iso3"], ["literal", ["SYR"]]] });
    expect(layers.find((l) => l.id === "territorial-loss-admin1")).toMatchObject({ filter: ["in", ["get", "iso"], ["literal", []]] });
    expect(layers.find((l) => l.id === "recruitment-hotspots-points")).not.toHaveProperty("filter", expect.arrayContaining(["in"]));
    expect(validateStyleMin(mapStyle(ORIGIN, "en", [...LAYER_ORDER], targets) as never)).toEqual([]);
  });

  it("strokes a joint or unreviewed outline only on the places that carry it, not on every place of its layer", () => {
    const targets = targetsOf(
      new Map([
        ["admin1/SY-RA", { loss: 60, lossJoint: true }],
        ["admin1/IQ-NI", { loss: 40, "unreviewed:territorial-loss": true }],
        ["countries/SYR", { loss: 20 }],
      ]),
    );
    const layers = mapStyle(ORIGIN, "en", ["territorial-loss"], targets).layers;
    const filterOf = (id: string) => layers.find((l) => l.id === id) as { filter?: unknown } | undefined;
    expect(filterOf("territorial-loss-admin1")?.filter).toEqual(["in", ["get", "iso"], ["literal", ["IQ-NI", "SY-RA"]]]);
    expect(filterOf("territorial-loss-admin1-joint-outline")?.filter).toEqual(["in", ["get", "iso"], ["literal", ["SY-RA"]]]);
    expect(filterOf("territorial-loss-admin1-unreviewed-outline")?.filter).toEqual(["in", ["get", "iso"], ["literal", ["IQ-NI"]]]);
    expect(filterOf("territorial-loss-countries-joint-outline")?.filter).toEqual(["in", ["get", "iso3"], ["literal", []]]);
    expect(validateStyleMin(mapStyle(ORIGIN, "en", [...LAYER_ORDER], targets) as never)).toEqual([]);
  });

  it("ignores feature states on sources that are not base areas", () => {
    const targets = targetsOf([["claim-points/m1", { loss: 10 }]]);
    expect(targets["territorial-loss"]).toEqual({ countries: [], admin1: [] });
  });

  it("makes every claim layer's areas and points clickable, but not its labels", () => {
    const ids = LAYER_ORDER.flatMap(interactiveIds);
    expect(ids).toContain("recruitment-hotspots-points");
    expect(ids).toContain("territorial-loss-countries");
    expect(ids.some((id) => id.endsWith("-labels"))).toBe(false);
  });
});

describe("a map about one region", () => {
  it("outlines the region and dims the countries it is not in; a map with no focus gets none of this", () => {
    const layers = mapStyle(ORIGIN, "en", [], undefined, {}, { countries: [], admin1: ["SY-RA"] }).layers;
    expect(layers.find((l) => l.id === "focus-line-admin1")).toMatchObject({ filter: ["in", ["get", "iso"], ["literal", ["SY-RA"]]] });
    expect(layers.find((l) => l.id === "focus-dim")).toMatchObject({
      filter: ["all", ["!", ["in", ["get", "iso3"], ["literal", []]]], ["!", ["in", ["get", "iso2"], ["literal", ["SY"]]]]],
    });
    expect(mapStyle(ORIGIN, "en", []).layers.some((l) => l.id.startsWith("focus-"))).toBe(false);
    expect(validateStyleMin(mapStyle(ORIGIN, "en", [...LAYER_ORDER], undefined, {}, { countries: ["IRQ"], admin1: ["SY-RA"] }) as never)).toEqual([]);
  });
});
