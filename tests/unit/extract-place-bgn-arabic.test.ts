import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { arabicFromBgn } from "@/lib/extract/arabic-from-latin";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** Arabic readings of GeoNames' BGN-romanised names, for towns no source names in Arabic. */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const ids = (text: string) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const AL_BAB = "city:174018";
const ARIHA = "city:172994";
const HARIM = gaz.places.find((p) => p.kind === "city" && p.nameEn === "Ḩārim")?.id;

describe("Arabic from BGN romanisation", () => {
  it("writes back long vowels, emphatics, ‘ayn, hamza, the article and taa marbuta", () => {
    const cases: [string, string][] = [
      ["Dūmā", "دوما"],
      ["Arīḩā", "اريحا"],
      ["Tall Abyaḑ", "تل ابيض"],
      ["Ra’s al ‘Ayn", "راس العين"],
      ["Al Qāmishlī", "القامشلي"],
      ["Buşrá ash Shām", "بصرى الشام"],
      ["As Salamīyah", "السلمية"],
      ["Ma‘arrat an Nu‘mān", "معرة النعمان"],
      ["Sāmarrā’", "سامراء"],
      ["Al Maḩmūdīyah", "المحمودية"],
    ];
    for (const [latin, arabic] of cases) expect(arabicFromBgn(latin), latin).toBe(arabic);
  });

  it("leaves alone a name without the romanisation's marks: a plain or French spelling says too little", () => {
    expect(arabicFromBgn("Douma")).toBeUndefined();
    expect(arabicFromBgn("Aïn Defla")).toBeUndefined();
  });
});

describe("towns matched by their Arabic reading", () => {
  it("names the town after a place word, with clitics on the place word, when its country is in focus", () => {
    expect(ids("سيطر المسلحون على مدينة الباب في ريف حلب")).toContain(AL_BAB);
    expect(ids("قصفت الطائرات بلدة أريحا جنوب إدلب")).toContain(ARIHA);
    expect(ids("وبمدينة حارم في سوريا")).toContain(HARIM);
  });

  it("does not guess the town of a one-word reading in an article that has named no country of it", () => {
    expect(ids("سيطر المسلحون على مدينة الباب")).toEqual([]);
  });

  it("reads a one-word reading that is a common word as the word when no place word comes before it", () => {
    expect(ids("فتح الباب أمام المفاوضات")).toEqual([]);
    expect(ids("انتهت الزيارة أمس")).toEqual([]);
    expect(ids("سيطرت القوات على معبر حدودي")).toEqual([]);
  });
});
