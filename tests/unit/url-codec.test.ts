import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coordDecimals, fromParams, toParams, toSearch } from "@/lib/view/url-codec";
import { DEFAULT_VIEW, VIEW_LAYERS, type ViewState } from "@/lib/view/view-state";

const decode = (q: string) => fromParams(new URLSearchParams(q));

describe("the URL codec", () => {
  it("writes nothing for the default view", () => {
    expect(toSearch(DEFAULT_VIEW)).toBe("");
  });

  it("writes only the values that differ from the default", () => {
    const q = toParams({ ...DEFAULT_VIEW, lang: "ar", kinds: ["pledge"] }).toString();
    expect(q).toBe("kind=pledge&lang=ar");
  });

  it("rounds coordinates to what the zoom can show", () => {
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: a zoom with many decimals to round, not pi.
    const q = toParams({ ...DEFAULT_VIEW, center: [43.123456789, 36.987654321], zoom: 3.14159 });
    expect(q.get("c")).toBe("43.12,36.99");
    expect(q.get("z")).toBe("3.14");
    expect(coordDecimals(12)).toBeGreaterThan(coordDecimals(3));
  });

  it("reads back what it wrote", () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      center: [38.99, 35.95],
      zoom: 6.5,
      layers: ["activity", "territorial-loss"],
      actors: ["isis", "al-qaeda"],
      kinds: ["recruitment", "pledge"],
      countries: ["SYR", "IRQ"],
      from: "2015",
      to: "2017-10",
      selection: "c-abc123",
      lang: "ar",
    };
    const { view: back, issues } = fromParams(toParams(view));
    expect(issues).toEqual([]);
    // Lists come back in one canonical order, so equal views have equal URLs.
    expect(back).toEqual({ ...view, layers: ["territorial-loss", "activity"], actors: ["al-qaeda", "isis"], kinds: ["pledge", "recruitment"], countries: ["IRQ", "SYR"] });
  });

  it("writes a view with every layer off as layers=none, and reads it back", () => {
    const q = toParams({ ...DEFAULT_VIEW, layers: [] });
    expect(q.get("layers")).toBe("none");
    expect(fromParams(q).view.layers).toEqual([]);
  });

  it("accepts lower-case country codes", () => {
    expect(decode("country=irq,syr").view.countries).toEqual(["IRQ", "SYR"]);
  });

  it("drops invalid parameters, keeps the valid ones and says what was wrong", () => {
    const { view, issues } = decode("lang=fr&kind=pledge,bogus&from=2017-13&actor=isis&z=99&c=10,10");
    expect(view.actors).toEqual(["isis"]);
    expect(view.lang).toBe("en");
    expect(view.kinds).toEqual(["pledge"]);
    expect(view.from).toBeNull();
    expect(view.center).toBeNull();
    expect(issues.map((i) => i.param).sort()).toEqual(["c", "from", "kind", "lang", "z"]);
  });

  it("refuses a date range that ends before it starts", () => {
    const { view, issues } = decode("from=2017-09&to=2017-01");
    expect(view.from).toBe("2017-09");
    expect(view.to).toBeNull();
    expect(issues[0]?.param).toBe("to");
  });

  it("refuses markup and path tricks in a selection", () => {
    expect(decode("sel=<script>alert(1)</script>").view.selection).toBeNull();
    expect(decode("sel=../../etc").view.selection).toBeNull();
  });

  it("round-trips any valid view (property)", () => {
    const view = fc.record({
      center: fc.option(fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })), { nil: null }),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      layers: fc.subarray([...VIEW_LAYERS]),
      kinds: fc.subarray(["territorial-loss", "recruitment", "pledge", "defection", "attack", "presence", "threat"] as const),
      lang: fc.constantFrom("en" as const, "ar" as const),
    });
    fc.assert(
      fc.property(view, (v) => {
        const input: ViewState = { ...DEFAULT_VIEW, ...v, zoom: v.center ? v.zoom : null };
        const once = toParams(input);
        const back = fromParams(once);
        expect(back.issues).toEqual([]);
        // Writing what was read gives the same URL: the codec is stable after one rounding.
        expect(toParams(back.view).toString()).toBe(once.toString());
      }),
      { numRuns: 300 },
    );
  });
});
