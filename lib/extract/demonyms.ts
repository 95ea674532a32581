import type { CountryIso3 } from "../schema/gazetteer";
import { normalizeAr } from "../text/normalize-ar";

/**
 * Adjectives of nationality ("Iraqi", "العراقية") name the country: "Algerian security
 * sources" and "القوات العراقية" place the claim in that country. They are matched as
 * mentions of the country (via "nisba"), never of a city, except that a city sharing the
 * country's Arabic name gets them too so "العاصمة الجزائرية" can resolve to Algiers.
 */
export const DEMONYMS_EN: Record<CountryIso3, string[]> = {
  IRQ: ["Iraqi", "Iraqis"],
  SYR: ["Syrian", "Syrians"],
  NER: ["Nigerien", "Nigeriens"],
  YEM: ["Yemeni", "Yemenis"],
  AFG: ["Afghan", "Afghans"],
  NGA: ["Nigerian", "Nigerians"],
  DZA: ["Algerian", "Algerians"],
};

/** Arabic nisba forms generated from a country name: العراق -> العراقي/العراقية/عراقي ... */
export function arabicNisbas(nameAr: string): string[] {
  let stem = normalizeAr(nameAr).replace(/^ال/, "");
  if (stem.endsWith("يا")) stem = stem.slice(0, -2);
  else if (stem.endsWith("ا") || stem.endsWith("ه")) stem = stem.slice(0, -1);
  if (stem.length < 2) return [];
  const forms = ["ي", "يه", "يون", "يين"].map((s) => stem + s);
  return [...forms, ...forms.map((f) => "ال" + f)];
}
