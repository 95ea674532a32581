import { describe, expect, it } from "vitest";
import { addMonths, effectiveRange } from "@/lib/time/as-of";
import { filterClaims } from "@/lib/view/filter-claims";
import { filtersToParams, fromParams, toParams } from "@/lib/view/url-codec";
import { DEFAULT_VIEW, filtersOf, NO_FILTERS } from "@/lib/view/view-state";
import { claim } from "../fixtures/layers/world";

const dated = (value: string, precision: "year" | "month" | "day") => ({ value, precision, inferred: false });

describe("as of a month", () => {
  const aug = claim({ kind: "attack", places: [], date: dated("2017-08-20", "day") });
  const oct = claim({ kind: "attack", places: [], date: dated("2017-10", "month") });
  const nov = claim({ kind: "attack", places: [], date: dated("2017-11-01", "day") });
  const y2017 = claim({ kind: "attack", places: [], date: dated("2017", "year") });
  const y2016 = claim({ kind: "attack", places: [], date: dated("2016", "year") });
  const undated = claim({ kind: "attack", places: [] });
  const all = [aug, oct, nov, y2017, y2016, undated];

  it("adds months across year ends, both ways", () => {
    expect(addMonths("2017-11", 3)).toBe("2018-02");
    expect(addMonths("2017-02", -5)).toBe("2016-09");
    expect(addMonths("2017-10", 0)).toBe("2017-10");
  });
  it("keeps what is dated up to the end of the month, drops later and undated claims", () => {
    expect(filterClaims(all, { ...NO_FILTERS, at: "2017-10" })).toEqual([aug, oct, y2017, y2016]);
  });
  it("counts a claim dated only to a year as of any month of that year, as the date filter does", () => {
    expect(filterClaims([y2017], { ...NO_FILTERS, at: "2017-01" })).toEqual([y2017]);
    expect(filterClaims([y2017], { ...NO_FILTERS, at: "2016-12" })).toEqual([]);
  });
  it("as a moving window keeps only the last months up to the step", () => {
    expect(filterClaims(all, { ...NO_FILTERS, at: "2017-10", windowMonths: 2 })).toEqual([oct, y2017]);
    expect(effectiveRange({ ...NO_FILTERS, at: "2017-10", windowMonths: 6 })).toEqual({ from: "2017-05", to: "2017-10" });
  });
  it("never widens a from/to range: it cuts it", () => {
    expect(effectiveRange({ ...NO_FILTERS, from: "2017-09", to: "2018", at: "2017-10", windowMonths: 6 })).toEqual({ from: "2017-09", to: "2017-10" });
    expect(effectiveRange({ ...NO_FILTERS, to: "2017-03", at: "2017-10" })).toEqual({ from: null, to: "2017-03" });
  });
  it("shows nothing when at comes before from", () => {
    expect(filterClaims(all, { ...NO_FILTERS, from: "2017-11", at: "2017-10" })).toEqual([]);
  });
});

describe("at, play and window in the URL", () => {
  it("round-trip and are written only when set", () => {
    const view = { ...DEFAULT_VIEW, at: "2017-10", play: "window" as const, window: 12 };
    expect(toParams(view).toString()).toBe("at=2017-10&play=window&window=12");
    expect(fromParams(toParams(view)).view).toEqual(view);
    expect(toParams(DEFAULT_VIEW).toString()).toBe("");
  });
  it("omit the window of a cumulative playback", () => {
    expect(toParams({ ...DEFAULT_VIEW, at: "2017-10", window: 12 }).toString()).toBe("at=2017-10");
  });
  it("report bad values and keep the rest of the view", () => {
    const { view, issues } = fromParams(new URLSearchParams("at=2017-13&play=loop&window=0&kind=pledge"));
    expect(issues.map((i) => i.param)).toEqual(["at", "play", "window"]);
    expect(view.at).toBeNull();
    expect(view.kinds).toEqual(["pledge"]);
    expect(fromParams(new URLSearchParams("at=2017")).issues[0]?.message).toBe("at is YYYY-MM");
  });
  it("reach the filters (and the API key) only with at, and the window only in window mode", () => {
    expect(filtersOf({ ...DEFAULT_VIEW, play: "window", window: 3 })).toEqual(NO_FILTERS);
    expect(filtersOf({ ...DEFAULT_VIEW, at: "2017-10", play: "window", window: 3 })).toEqual({ ...NO_FILTERS, at: "2017-10", windowMonths: 3 });
    expect(filtersOf({ ...DEFAULT_VIEW, at: "2017-10", window: 3 })).toEqual({ ...NO_FILTERS, at: "2017-10" });
    expect(filtersToParams({ ...NO_FILTERS, at: "2017-10", windowMonths: 3 }).toString()).toBe("at=2017-10&play=window&window=3");
  });
});
