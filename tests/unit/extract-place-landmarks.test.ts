import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Countries named beside an event that are not where it happened. */
const m = loadMatchers();
const published = { value: "2021-04-27", precision: "day" as const, inferred: false };
const countries = (text: string, lang: "ar" | "en") => [...new Set(ingestText(text, { slug: "t", lang, published }, m).claims.flatMap((c) => c.countries))].sort();

describe("landmark and possessive countries", () => {
  it("never puts the country across a border on the map ('near the border with Niger', 'قرب الحدود مع النيجر')", () => {
    expect(countries("وتنشط جماعة بوكو حرام أساسا في ولاية بورنو، قرب الحدود مع النيجر.", "ar")).toEqual(["NGA"]);
    expect(countries("Islamic State still holds towns in Anbar province along the border with Syria.", "en")).toEqual(["IRQ"]);
  });

  it("reads a country in the possessive as qualifying a noun, not as where the group acted ('Syria's Nusra Front')", () => {
    expect(countries("Syria's Nusra Front is one of the most effective rebel forces fighting the government.", "en")).toEqual([]);
  });
});

describe("a country's capital by its adjective", () => {
  const places = (text: string, lang: "ar" | "en") => ingestText(text, { slug: "t", lang, published }, m).claims.flatMap((c) => c.places.map((p) => p.placeId));
  it("reads 'the Afghan capital', 'Afghanistan's capital' and 'العاصمة العراقية' as the capital city, never the whole country", () => {
    expect(places("Taliban fighters have controlled the Afghan capital since August 15th.", "en")).toEqual(["city:1138958"]);
    expect(places("Islamic State fighters attacked Afghanistan's capital on Monday.", "en")).toEqual(["city:1138958"]);
    expect(places("هاجم مسلحو داعش أمس العاصمة العراقية.", "ar")).toEqual(["city:98182"]);
  });
});
