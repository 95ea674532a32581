import { describe, expect, it } from "vitest";
import { binLabel, undatedNote } from "@/lib/view/timeline-labels";

describe("a timeline bar's tooltip", () => {
  it("says in words what is counted, month by name, year-only claims apart", () => {
    expect(binLabel({ month: "2017-08", exact: 1, yearOnly: 4 }, "en")).toBe("August 2017: 1 claim dated to the month or day · 4 claims dated only to 2017, spread over the year");
  });
  it("reads in Arabic with the count agreeing with its number", () => {
    const s = binLabel({ month: "2017-08", exact: 2, yearOnly: 0 }, "ar");
    expect(s).toContain("2 ادعاءان");
    expect(s).not.toMatch(/[A-Za-z]/);
  });
});

describe("the undated note", () => {
  it("says how many claims the chart leaves out and where they are", () => {
    expect(undatedNote(12, "en")).toBe("12 claims undated: not on the timeline, but on the map and in the table.");
    expect(undatedNote(0, "en")).toBe("");
  });
});
