import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Where a person comes from, and a town matched in a country the story never names, are not places of a claim. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const read = (text: string, lang: "ar" | "en") => ingestText(text, { slug: "t", lang, published }, m).claims;

describe("a demonym describing a person", () => {
  it("puts no country on a claim from a person's nationality", () => {
    for (const [text, lang] of [
      ["Al-Mourabitoun, led by an Algerian veteran jihadist, pledged allegiance to al-Qaeda.", "en"],
      ["وأعلن المرابطون بقيادة الجهادي الجزائري المخضرم مختار بلمختار مبايعتهم لتنظيم القاعدة.", "ar"],
      ["وأعلن المرابطون بقيادة جهادي جزائري مبايعتهم لتنظيم القاعدة.", "ar"],
    ] as const) {
      const cs = read(text, lang);
      expect(cs.map((c) => c.kind)).toEqual(["pledge"]);
      expect(cs[0]!.countries).toEqual([]);
    }
  });
});

describe("a town in a country the story never names", () => {
  it("drops a small town read by sound whose country only it names, in a story plainly about a country that does not border it", () => {
    expect(read("هاجم مسلحو تنظيم القاعدة نقطة تفتيش في غوبيو بمحافظة حضرموت في اليمن.", "ar").flatMap((c) => c.places.map((p) => p.placeId))).toEqual([
      "province:YE-HD",
      "country:YEM",
    ]);
    expect(read("هاجم مسلحو تنظيم القاعدة نقطة تفتيش في غوبيو بمحافظة حضرموت اليمنية.", "ar").flatMap((c) => c.countries)).toEqual(["YEM"]);
  });

  it("keeps the town when its country is named, no other country is, or only a neighbour is", () => {
    expect(read("Boko Haram fighters entered Damasak, using it as a base for raids into Niger.", "en")[0]!.places.map((p) => p.placeId)).toContain("city:2345526");
    expect(read("Boko Haram attacked Gubio in Borno state.", "en")[0]!.places.map((p) => p.placeId)).toContain("city:2340249");
    expect(read("Boko Haram attacked Gubio on Monday.", "en")[0]!.places.map((p) => p.placeId)).toEqual(["city:2340249"]);
  });
});
