import { describe, expect, it } from "vitest";
import { camerasDiffer } from "@/components/map/camera";
import type { Mark } from "@/lib/view/marks";
import { markForClaim, marksAt } from "@/lib/view/pick";
import { syntheticMark } from "../support/marks";

// SYNTHETIC marks: a country, a province inside it and a city point, on two layers.
const mark = (over: Partial<Mark> & Pick<Mark, "id" | "layer" | "precision">): Mark =>
  syntheticMark({ placeId: over.id, nameEn: over.id, targets: [], point: [0, 0], value: 1, ...over });
const country = mark({ id: "country", layer: "recruitment-hotspots", precision: "country", targets: [{ source: "countries", id: "SYR" }], claims: 2 });
const province = mark({ id: "province", layer: "recruitment-hotspots", precision: "province", targets: [{ source: "admin1", id: "SY-RA" }], claims: 1 });
const city = mark({ id: "city", layer: "territorial-loss", precision: "point", claims: 1 });
const activity = mark({ id: "activity@country:SYR", layer: "activity", precision: "country", targets: [{ source: "countries", id: "SYR" }], claims: 3 });
const ALL = [country, province, city, activity];
const VISIBLE = ["territorial-loss", "recruitment-hotspots", "activity"] as const;

describe("marksAt", () => {
  it("answers a click with the finest mark first: point, then province, then country", () => {
    const hit = {
      markIds: ["city"],
      areas: [
        { source: "countries", id: "SYR" },
        { source: "admin1", id: "SY-RA" },
      ],
    };
    expect(marksAt(hit, ALL, [...VISIBLE]).map((m) => m.id)).toEqual(["city", "province", "country", "activity@country:SYR"]);
  });
  it("ignores marks of layers that are switched off", () => {
    const hit = { markIds: [], areas: [{ source: "countries", id: "SYR" }] };
    expect(marksAt(hit, ALL, ["activity"]).map((m) => m.id)).toEqual(["activity@country:SYR"]);
  });
  it("finds nothing where no mark styles the clicked feature", () => {
    expect(marksAt({ markIds: [], areas: [{ source: "countries", id: "IRQ" }] }, ALL, [...VISIBLE])).toEqual([]);
  });
});

describe("markForClaim", () => {
  it("shows a claim on the mark its row names, else on its country's activity mark", () => {
    expect(markForClaim({ mark: "province", countries: ["SYR"] }, ALL, [...VISIBLE])?.id).toBe("province");
    expect(markForClaim({ mark: "country", countries: ["SYR"] }, ALL, ["activity"])?.id).toBe("activity@country:SYR");
    expect(markForClaim({ mark: null, countries: ["IRQ", "SYR"] }, ALL, [...VISIBLE])?.id).toBe("activity@country:SYR");
    expect(markForClaim({ mark: "elsewhere", countries: [] }, ALL, [...VISIBLE])).toBeUndefined();
  });
});

describe("camerasDiffer", () => {
  it("treats a camera read back from its rounded URL as the same camera", () => {
    expect(camerasDiffer({ center: [38.5, 35], zoom: 5 }, { center: [38.5004, 35.0003], zoom: 5.004 })).toBe(false);
  });
  it("notices a real move or zoom", () => {
    expect(camerasDiffer({ center: [38.5, 35], zoom: 5 }, { center: [38.6, 35], zoom: 5 })).toBe(true);
    expect(camerasDiffer({ center: [38.5, 35], zoom: 5 }, { center: [38.5, 35], zoom: 5.5 })).toBe(true);
  });
});
