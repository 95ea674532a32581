import { describe, expect, it } from "vitest";
import { countryProfile, latestDate } from "@/lib/country/profile";
import { CLAIMS, PLACES } from "../fixtures/compare/world";

const articles = [
  {
    slug: "a1",
    title: "Synthetic one",
    lang: "en" as const,
    passages: [
      { id: "p-1", start: 0, end: 9, text: "synthetic", paragraph: 0 },
      { id: "p-2", start: 10, end: 19, text: "synthetic", paragraph: 0, glossEn: "gloss" },
      { id: "p-3", start: 20, end: 29, text: "synthetic", paragraph: 1 },
      { id: "p-9", start: 30, end: 39, text: "names Alpha only", paragraph: 2 },
      { id: "p-10", start: 40, end: 49, text: "names nothing", paragraph: 2 },
    ],
  },
];
const mentions = (a: string, p: string) => (a === "a1" && p === "p-9" ? ["province:IQ-AA"] : []);
const iraq = countryProfile(PLACES.get("country:IRQ")!, { claims: CLAIMS, places: PLACES, articles, mentions });

describe("a country's profile", () => {
  it("counts the claims about it by kind", () => {
    expect(iraq.summary.claims).toBe(3);
    expect(iraq.summary.byKind).toMatchObject({ "territorial-loss": 1, pledge: 1, defection: 1, recruitment: 0 });
  });

  it("lists each shift with the passages that state it", () => {
    expect(iraq.shifts.map((s) => `${s.from}>${s.to}`)).toEqual(["isis>al-qaeda", "local>isis"]);
    expect(iraq.shifts[1]!.claims[0]).toMatchObject({ article: "a2", passageId: "p-1" });
  });

  it("keeps the figures stated, with their words", () => {
    expect(iraq.figures.map((f) => [f.text, f.value, f.unit])).toEqual([["more than 60%", 60, "percent"]]);
  });

  it("lists passages with a claim about it or naming a place in it, and no others", () => {
    expect(iraq.passages.map((p) => p.passageId)).toEqual(["p-1", "p-3", "p-9"]);
    expect(iraq.passages[2]!.claimIds).toEqual([]);
  });

  it("lists all its provinces, those named first", () => {
    expect(iraq.provinces.map((p) => [p.iso, p.claims])).toEqual([
      ["IQ-AA", 1],
      ["IQ-BB", 0],
    ]);
  });

  it("dates its latest claim by the last day it may cover", () => {
    expect(iraq.latest?.value).toBe("2017");
    expect(latestDate([])).toBeNull();
    expect(iraq.timeline.first).toBe("2015-01");
  });
});
