import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import { arabicSkeleton, latinSkeleton } from "@/lib/extract/skeleton";
import type { PlaceHint } from "@/lib/extract/town-context";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { normalizeAr } from "@/lib/text/normalize-ar";
import { tokenize } from "@/lib/text/tokens";

/** Towns the gazetteer knows only in English, named in Arabic reporting (skeleton.ts, skeleton-match.ts). */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const hint = (...countries: string[]): PlaceHint => ({ countries: new Set(countries), provinces: new Set() });
const ids = (text: string, h?: PlaceHint) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens, h).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const JAMAARE = "city:2336553";
const KONDUGA = "city:2334044";
const OUALLAM = "city:2440371";

describe("consonant skeletons", () => {
  it("gives a name's Latin and Arabic spellings one skeleton, whatever the transliteration", () => {
    const same: [string, string][] = [
      ["Jama'are", "جماعري"],
      ["Tillabéri", "تيلابيري"],
      ["Tillaberi", "تيلابيرى"],
      ["Nangarhar", "ننكرهار"],
      ["Nangarhar", "ننغرهار"],
      ["Nangarhar", "نانجارهار"],
      ["Chibok", "تشيبوك"],
      ["Al Qaim", "القائم"],
      ["Dayr az Zawr", "دير الزور"],
      ["Shabwah", "شبوة"],
      ["Ouallam", "ولام"],
    ];
    for (const [en, ar] of same) expect(arabicSkeleton(normalizeAr(ar)), `${en} / ${ar}`).toBe(latinSkeleton(en));
  });

  it("tells different names apart", () => {
    expect(latinSkeleton("Konduga")).not.toBe(latinSkeleton("Kano"));
    expect(arabicSkeleton(normalizeAr("تدمر"))).not.toBe(arabicSkeleton(normalizeAr("تكريت")));
  });
});

describe("towns named in Arabic that the gazetteer knows only in English", () => {
  it("finds the town after a place word when the article has named its country or province", () => {
    expect(ids("هاجم مسلحون بلدة جماعري في ولاية باوتشي")).toContain(JAMAARE);
    expect(ids("وقع تفجير انتحاري ببلدة كوندوغا", hint("NGA"))).toEqual([KONDUGA]);
    expect(ids("قتل ثلاثة في قرية كوندوجا", hint("NGA"))).toEqual([KONDUGA]);
    expect(ids("هاجم مسلحون مدينة ولام في منطقة تيلابيري")).toContain(OUALLAM);
  });

  it("after a preposition alone, finds a town only with four consonants or more: Arabic has no capitals to mark a name", () => {
    expect(ids("وقع تفجير في كوندوغا", hint("NGA"))).toEqual([KONDUGA]);
    expect(ids("وصلت التعزيزات إلى كوندوغا", hint("NGA"))).toEqual([KONDUGA]);
    expect(ids("وقع تفجير في جماعري", hint("NGA"))).toEqual([]);
    expect(ids("وقع تفجير كوندوغا", hint("NGA"))).toEqual([]);
    expect(ids("وقال الجيش في بيان إن خمسة قتلوا في هجوم", hint("NGA", "SYR", "DZA"))).toEqual([]);
    // A word with the article after a bare preposition is a common noun: المغرب (Morocco) is not Yemen's Al Maghrabah.
    expect(ids("اجتماع في المغرب", hint("YEM"))).toEqual([]);
  });

  it("does not guess a town in a country the article has not named", () => {
    expect(ids("وقع تفجير انتحاري ببلدة كوندوغا")).toEqual([]);
    expect(ids("وقع تفجير انتحاري ببلدة كوندوغا", hint("IRQ"))).toEqual([]);
  });

  it("drops a skeleton two towns in focus share when one's size is unknown (Jama'are, Nigeria; Khimar, Yemen)", () => {
    expect(ids("في بلدة جماعري", hint("NGA"))).toEqual([JAMAARE]);
    expect(ids("في بلدة جماعري", hint("NGA", "YEM"))).toEqual([]);
  });

  it("reads a common word after a place word as a word, not as a town that shares its consonants", () => {
    // البلاد ("the country") has the skeleton of Yemen's Al Bilad; تخضع ("is under") that of a Nigerian village.
    expect(ids("ثانية كبرى مدن البلاد", hint("YEM"))).toEqual([]);
    expect(ids("في بلدة تخضع لسيطرة المسلحين", hint("NGA"))).toEqual([]);
    expect(ids("في قرية صغيرة قرب الحدود", hint("NGA"))).toEqual([]);
  });

  it("reads 'مدينة X' as the town when the gazetteer has X in Arabic only for the province named after it", () => {
    const sokotoTown = gaz.places.find((p) => p.kind === "city" && p.nameEn === "Sokoto")!;
    expect(ids("قتل رهينتان في مدينة صكتو")).toEqual([sokotoTown.id]);
    expect(ids("قتل رهينتان في ولاية صكتو")).toEqual(["province:NG-SO"]);
  });
});

describe("towns named in English under a spelling the gazetteer lacks", () => {
  it("finds the town after a preposition or place word when its skeleton names one town in the country in focus", () => {
    expect(ids("A car bomb exploded in Baqouba on Monday", hint("IRQ"))).toEqual(["city:97990"]);
    expect(ids("Jets struck the town of Khan Sheikhoun", hint("SYR"))).toEqual(["city:168325"]);
    expect(ids("Clashes were reported near Mazar-i-Sharif", hint("AFG"))).toEqual(["city:1133616"]);
    expect(ids("Fighting spread to the outskirts of Muqdadiya", hint("IRQ"))).toEqual(["city:99062"]);
    // A city of 100,000+ over a namesake village of unknown size.
    expect(ids("Protests were held in Sulaimaniya", hint("IRQ"))).toEqual(["city:98463"]);
  });

  it("needs a capitalised name, a country in focus and a preposition or place word before it", () => {
    expect(ids("A car bomb exploded in baqouba", hint("IRQ"))).toEqual([]);
    expect(ids("A car bomb exploded in Baqouba")).toEqual([]);
    expect(ids("A car bomb exploded in Baqouba", hint("NGA"))).toEqual([]);
    expect(ids("the leader of Baqouba", hint("IRQ"))).toEqual([]);
    expect(ids("Militants attacked Baqouba", hint("IRQ"))).toEqual([]);
  });

  it("never reads two Latin consonants as a town: 'Boko' is not Baga", () => {
    const tokens = tokenize("fighters who split from Boko Haram in Borno State");
    const towns = matchPlaces(matcher, tokens, hint("NGA")).flatMap((m) => m.candidates.filter((c) => c.place.kind === "city"));
    expect(towns).toEqual([]);
  });
});
