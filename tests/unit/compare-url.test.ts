import { describe, expect, it } from "vitest";
import { compareHref, modeOf } from "@/lib/compare/url";
import { fromParams } from "@/lib/view/url-codec";

describe("the /compare URL", () => {
  it("keeps regions in order with readable commas and leaves defaults out", () => {
    expect(compareHref({ codes: ["IRQ", "SY-RA", "sahel"], camera: null, mode: "side", lang: "en" })).toBe("/compare?regions=IRQ,SY-RA,sahel");
  });

  it("writes the shared camera, layout and language, and reads the camera back with the view codec", () => {
    const href = compareHref({ codes: ["IRQ", "SYR"], camera: { center: [41.123456, 33.98765], zoom: 5.256 }, mode: "swipe", lang: "ar" });
    const params = new URL(href, "http://x").searchParams;
    expect(params.get("regions")).toBe("IRQ,SYR");
    expect(params.get("mode")).toBe("swipe");
    const { view, issues } = fromParams(params);
    expect(issues).toEqual([]);
    expect(view.zoom).toBe(5.26);
    expect(view.center).toEqual([41.12, 33.99]);
    expect(view.lang).toBe("ar");
  });

  it("reads any other layout as side by side", () => {
    expect(modeOf("swipe")).toBe("swipe");
    expect(modeOf(["x"])).toBe("side");
  });
});
