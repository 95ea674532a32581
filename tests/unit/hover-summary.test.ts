import { describe, expect, it } from "vitest";
import { hoverSummary } from "@/lib/view/hover-summary";
import type { Mark } from "@/lib/view/marks";

const mark = (over: Partial<Mark> & Pick<Mark, "id" | "layer">): Mark => ({
  placeId: "country:YEM",
  nameEn: "Yemen",
  nameAr: "اليمن",
  precision: "country",
  targets: [{ source: "countries", id: "YEM" }],
  point: [48, 15],
  claimIds: [],
  value: 0,
  actor: null,
  fromActor: null,
  toActor: null,
  ...over,
});

const claims = new Map([
  ["c1", { article: "a1" }],
  ["c2", { article: "a1" }],
  ["c3", { article: "a2" }],
]);
const sources = [
  { slug: "a1", title: "First article" },
  { slug: "a2", title: "Second article" },
];

describe("a hover tooltip", () => {
  it("names the place, what each layer has there, how many distinct claims and which articles", () => {
    const s = hoverSummary([mark({ id: "m1", layer: "allegiance-shifts", claimIds: ["c1", "c2"] }), mark({ id: "m2", layer: "activity", claimIds: ["c1", "c2", "c3"] })], claims, sources, "en");
    expect(s).toEqual({ place: "Yemen", lines: ["Allegiance shifts: 2 claims", "Activity by country: 3 claims"], claims: "3 claims", articles: "First article, Second article" });
  });
  it("names a second place under the cursor, such as a province inside the country", () => {
    const s = hoverSummary([mark({ id: "m1", layer: "recruitment-hotspots", claimIds: ["c1"], placeId: "province:YE-AD", nameEn: "Aden" }), mark({ id: "m2", layer: "activity", claimIds: ["c1"] })], claims, sources, "en");
    expect(s?.lines).toEqual(["Recruitment hotspots: 1 claim", "Activity by country (Yemen): 1 claim"]);
  });
  it("gives a stated share with its qualifier, in Arabic in Arabic", () => {
    const s = hoverSummary([mark({ id: "m", layer: "territorial-loss", claimIds: ["c3"], value: 60, figure: { value: 60, qualifier: "more-than", text: "60٪" } })], claims, sources, "ar");
    expect(s?.place).toBe("اليمن");
    expect(s?.lines).toEqual(["خسارة الأراضي: أكثر من 60٪"]);
    expect(s?.claims).toBe("1 ادعاء");
  });
  it("says nothing where there is no mark", () => {
    expect(hoverSummary([], claims, sources, "en")).toBeNull();
  });
});
