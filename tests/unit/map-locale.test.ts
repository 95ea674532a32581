import { describe, expect, it } from "vitest";
import { mapLocale } from "@/lib/map/map-locale";

describe("the map's own labels", () => {
  it("are Arabic in Arabic: the scale bar's unit and the zoom buttons", () => {
    expect(mapLocale("ar")?.["ScaleControl.Kilometers"]).toBe("كم");
    expect(mapLocale("ar")?.["NavigationControl.ZoomIn"]).toBe("تكبير");
  });
  it("stay MapLibre's English in English", () => {
    expect(mapLocale("en")).toBeUndefined();
  });
});
