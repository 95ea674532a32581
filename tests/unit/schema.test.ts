import { describe, expect, it } from "vitest";
import { Place, precisionOfKind } from "@/lib/schema/gazetteer";
import { Slug } from "@/lib/schema/article";

describe("schemas", () => {
  it("maps a city to point precision and areas to their own kind", () => {
    expect(precisionOfKind("city")).toBe("point");
    expect(precisionOfKind("country")).toBe("country");
  });
  it("rejects a slug that could climb out of the articles folder", () => {
    expect(Slug.safeParse("../etc").success).toBe(false);
    expect(Slug.safeParse("000_40a8f3811f703089").success).toBe(true);
  });
  it("rejects a place id with a path separator", () => {
    const p = { id: "city:1/2", kind: "city", countries: ["IRQ"], nameEn: "x", nameAr: "x", aliasesEn: [], aliasesAr: [], point: [44, 33] };
    expect(Place.safeParse(p).success).toBe(false);
  });
});
