import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Names that are both a city and its province: the words around them choose the province. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const placesOf = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.flatMap((c) => c.places.map((p) => p.placeId)).sort();
};

describe("province lists and directions", () => {
  it("reads every name of a list followed by a plural province word as a province", () => {
    expect(placesOf("HTS controls most of Idlib province as well as nearby parts of Hama, Aleppo and Latakia governorates.", "en")).toEqual([
      "province:SY-HL",
      "province:SY-HM",
      "province:SY-ID",
      // Latakia too: "governorates" is not "governor" (the state speaking), so it stays a place.
      "province:SY-LA",
    ]);
    expect(placesOf("ISIS fighters are active in Diyala, Kirkuk and Salahuddin provinces.", "en")).toEqual(["province:IQ-DI", "province:IQ-KI", "province:IQ-SD"]);
    expect(placesOf("وينشط تنظيم داعش في محافظات ديالى وكركوك وصلاح الدين.", "ar")).toEqual(["province:IQ-DI", "province:IQ-KI", "province:IQ-SD"]);
  });

  it("keeps a list with no province word as towns", () => {
    expect(placesOf("ISIS fighters are active in Kirkuk and Tikrit.", "en").join()).toMatch(/^city:/);
  });

  it("reads a district, village or countryside in a name as its province", () => {
    expect(placesOf("Taliban fighters attacked a district in Kunduz.", "en")).toEqual(["province:AF-KDZ"]);
    expect(placesOf("HTS fighters attacked army positions in the northern countryside of Idlib.", "en")).toEqual(["province:SY-ID"]);
    expect(placesOf("هاجم مسلحو طالبان قرية في قندوز.", "ar")).toEqual(["province:AF-KDZ"]);
    expect(placesOf("هاجم مسلحو هيئة تحرير الشام مواقع للجيش في رِيف حلب الشمالي.", "ar")).toEqual(["province:SY-HL"]);
  });
});
