import { describe, expect, it } from "vitest";
import { hoverSummary } from "@/lib/view/hover-summary";
import type { Mark } from "@/lib/view/marks";
import { syntheticMark } from "../support/marks";

const mark = (over: Partial<Mark> & Pick<Mark, "id" | "layer">): Mark =>
  syntheticMark({ placeId: "country:YEM", nameEn: "Yemen", nameAr: "اليمن", targets: [{ source: "countries", id: "YEM" }], point: [48, 15], ...over });

const sources = [
  { slug: "a1", title: "First article" },
  { slug: "a2", title: "Second article" },
];

describe("a hover tooltip", () => {
  it("names the place, what each layer has there, the claims of its largest mark and which articles", () => {
    const s = hoverSummary(
      [
        mark({ id: "m1", layer: "allegiance-shifts", claims: 2, articles: ["a1"], articleCount: 1 }),
        mark({ id: "m2", layer: "activity", claims: 3, articles: ["a1", "a2"], articleCount: 2 }),
      ],
      sources,
      "en",
    );
    expect(s).toEqual({ place: "Yemen", lines: ["Allegiance shifts: 2 claims", "Activity by country: 3 claims"], claims: "3 claims", articles: "First article, Second article" });
  });
  it("counts the articles it cannot name", () => {
    const s = hoverSummary([mark({ id: "m", layer: "activity", claims: 40, articles: ["a1", "a2", "a3"], articleCount: 12 })], sources, "en");
    expect(s?.articles).toBe("First article, Second article and 10 more");
  });
  it("names a second place under the cursor, such as a province inside the country", () => {
    const s = hoverSummary(
      [mark({ id: "m1", layer: "recruitment-hotspots", claims: 1, placeId: "province:YE-AD", nameEn: "Aden" }), mark({ id: "m2", layer: "activity", claims: 1 })],
      sources,
      "en",
    );
    expect(s?.lines).toEqual(["Recruitment hotspots: 1 claim", "Activity by country (Yemen): 1 claim"]);
  });
  it("gives a stated share with its qualifier, in Arabic in Arabic", () => {
    const s = hoverSummary([mark({ id: "m", layer: "territorial-loss", claims: 1, value: 60, figure: { value: 60, qualifier: "more-than", text: "60٪" } })], sources, "ar");
    expect(s?.place).toBe("اليمن");
    expect(s?.lines).toEqual(["خسارة الأراضي: أكثر من 60٪"]);
    expect(s?.claims).toBe("1 ادعاء");
  });
  it("says nothing where there is no mark", () => {
    expect(hoverSummary([], sources, "en")).toBeNull();
  });
});
