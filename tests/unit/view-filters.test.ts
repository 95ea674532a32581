import { describe, expect, it } from "vitest";
import { intervalOf, monthsBetween, overlaps } from "@/lib/view/date-range";
import { filterClaims } from "@/lib/view/filter-claims";
import { timeline } from "@/lib/view/timeline";
import { NO_FILTERS } from "@/lib/view/view-state";
import { claim, ref } from "../fixtures/layers/world";

const dated = (value: string, precision: "year" | "month" | "day") => ({ value, precision, inferred: false });

describe("partial dates", () => {
  it("stand for the whole interval they name", () => {
    expect(intervalOf("2016")).toEqual({ start: "2016-01-01", end: "2016-12-31" });
    expect(intervalOf("2016-02")).toEqual({ start: "2016-02-01", end: "2016-02-29" });
    expect(intervalOf("2017-08-14")).toEqual({ start: "2017-08-14", end: "2017-08-14" });
  });
  it("overlap a range when any day of theirs is in it", () => {
    expect(overlaps("2017", "2017-06", null)).toBe(true);
    expect(overlaps("2016", "2017-01", null)).toBe(false);
    expect(overlaps("2017-10", null, "2017-09")).toBe(false);
    expect(overlaps("2017-10", "2017-10-31", "2017-12")).toBe(true);
  });
  it("list the months between two months, across a year end", () => {
    expect(monthsBetween("2016-11", "2017-02")).toEqual(["2016-11", "2016-12", "2017-01", "2017-02"]);
  });
});

describe("filterClaims", () => {
  const a = claim({ kind: "pledge", places: [ref("country:IRQ")], actors: ["isis"], toActor: "al-qaeda", countries: ["IRQ"], date: dated("2017-08", "month") });
  const b = claim({ kind: "recruitment", places: [ref("country:SYR")], actors: ["al-qaeda"], countries: ["SYR"], date: dated("2015", "year") });
  const c = claim({ kind: "threat", places: [], actors: ["isis"], countries: [] });
  const all = [a, b, c];

  it("keeps everything with no filter", () => {
    expect(filterClaims(all, NO_FILTERS)).toEqual(all);
  });
  it("matches any actor named in a claim, including the side joined", () => {
    expect(filterClaims(all, { ...NO_FILTERS, actors: ["al-qaeda"] })).toEqual([a, b]);
  });
  it("includes an actor's branches when the family says so", () => {
    const aqap = claim({ kind: "defection", places: [], actors: ["aqap"], countries: ["YEM"] });
    const family = (id: string) => (id === "al-qaeda" ? ["al-qaeda", "aqap"] : [id]);
    expect(filterClaims([aqap], { ...NO_FILTERS, actors: ["al-qaeda"] }, family)).toEqual([aqap]);
    expect(filterClaims([aqap], { ...NO_FILTERS, actors: ["al-qaeda"] })).toEqual([]);
  });
  it("needs every kind of filter to match (AND across, OR within)", () => {
    expect(filterClaims(all, { ...NO_FILTERS, actors: ["isis", "al-qaeda"], kinds: ["pledge"] })).toEqual([a]);
    expect(filterClaims(all, { ...NO_FILTERS, countries: ["SYR"] })).toEqual([b]);
  });
  it("drops undated claims once a date range is set, and can ignore dates", () => {
    expect(filterClaims(all, { ...NO_FILTERS, from: "2017" })).toEqual([a]);
    expect(filterClaims(all, { ...NO_FILTERS, from: "2017" }, undefined, { dates: true })).toEqual(all);
  });
});

describe("timeline", () => {
  it("puts month-precise claims in their month and spreads year-only claims over the year", () => {
    const t = timeline([
      claim({ kind: "attack", places: [], date: dated("2017-10", "month") }),
      claim({ kind: "attack", places: [], date: dated("2017-10-04", "day") }),
      claim({ kind: "pledge", places: [], date: dated("2016", "year") }),
      claim({ kind: "threat", places: [] }),
    ]);
    expect(t.first).toBe("2016-01");
    expect(t.last).toBe("2017-12");
    expect(t.bins).toHaveLength(24);
    expect(t.bins.find((b) => b.month === "2017-10")).toEqual({ month: "2017-10", exact: 2, yearOnly: 0 });
    expect(t.bins.filter((b) => b.yearOnly === 1)).toHaveLength(12);
    expect(t.undated).toBe(1);
  });
  it("is empty with no dated claims", () => {
    expect(timeline([claim({ kind: "threat", places: [] })])).toEqual({ bins: [], undated: 1, first: null, last: null });
  });
});
