import { describe, expect, it } from "vitest";
import { camerasDiffer } from "@/components/map/camera";
import type { Mark } from "@/lib/view/marks";
import { markForClaim, marksAt } from "@/lib/view/pick";

// SYNTHETIC marks: a country, a province inside it and a city point, on two layers.
const mark = (over: Partial<Mark> & Pick<Mark, "id" | "layer" | "precision">): Mark => ({
  placeId: over.id,
  nameEn: over.id,
  nameAr: "تجريبي",
  targets: [],
  point: [0, 0],
  claimIds: [],
  value: 1,
  actor: null,
  fromActor: null,
  toActor: null,
  ...over,
});
const country = mark({ id: "country", layer: "recruitment-hotspots", precision: "country", targets: [{ source: "countries", id: "SYR" }], claimIds: ["c1", "c2"] });
const province = mark({ id: "province", layer: "recruitment-hotspots", precision: "province", targets: [{ source: "admin1", id: "SY-RA" }], claimIds: ["c2"] });
const city = mark({ id: "city", layer: "territorial-loss", precision: "point", claimIds: ["c3"] });
const activity = mark({ id: "activity", layer: "activity", precision: "country", targets: [{ source: "countries", id: "SYR" }], claimIds: ["c1", "c2", "c3"] });
const ALL = [country, province, city, activity];
const VISIBLE = ["territorial-loss", "recruitment-hotspots", "activity"] as const;

describe("marksAt", () => {
  it("answers a click with the finest mark first: point, then province, then country", () => {
    const hit = { markIds: ["city"], areas: [{ source: "countries", id: "SYR" }, { source: "admin1", id: "SY-RA" }] };
    expect(marksAt(hit, ALL, [...VISIBLE]).map((m) => m.id)).toEqual(["city", "province", "country", "activity"]);
  });
  it("ignores marks of layers that are switched off", () => {
    const hit = { markIds: [], areas: [{ source: "countries", id: "SYR" }] };
    expect(marksAt(hit, ALL, ["activity"]).map((m) => m.id)).toEqual(["activity"]);
  });
  it("finds nothing where no mark styles the clicked feature", () => {
    expect(marksAt({ markIds: [], areas: [{ source: "countries", id: "IRQ" }] }, ALL, [...VISIBLE])).toEqual([]);
  });
});

describe("markForClaim", () => {
  it("shows a claim on its most precise mark, preferring a claim layer to the activity choropleth", () => {
    expect(markForClaim("c2", ALL, [...VISIBLE])?.id).toBe("province");
    expect(markForClaim("c1", ALL, [...VISIBLE])?.id).toBe("country");
    expect(markForClaim("c1", ALL, ["activity"])?.id).toBe("activity");
    expect(markForClaim("c9", ALL, [...VISIBLE])).toBeUndefined();
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
