import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import type { PlaceHint } from "@/lib/extract/town-context";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** A spelling found only by its consonants (skeleton-match.ts) must lie in a province the article names. */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const ids = (text: string, hint?: PlaceHint) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens, hint).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const OKOROETE = "city:2327025"; // Akwa Ibom, far from Borno
const borno: PlaceHint = { countries: new Set(["NGA"]), provinces: new Set(["NG-BO"]) };
const nigeria: PlaceHint = { countries: new Set(["NGA"]), provinces: new Set() };

describe("a town matched only by its consonant skeleton", () => {
  it("is no town of another province of a country whose province the article names", () => {
    expect(ids("Gunmen killed residents in Kareto village, near the border", borno)).not.toContain(OKOROETE);
    expect(ids("The insurgents stormed the village of Kareto at dawn", borno)).toEqual([]);
    expect(ids("Boko Haram fighters raided Kareto village in Borno State on Monday", nigeria)).toEqual(["province:NG-BO"]);
  });

  it("is no town of another province in Arabic either", () => {
    expect(ids("هاجم مسلحون قرية كاريتو قرب الحدود", borno)).not.toContain(OKOROETE);
    expect(ids("اقتحم المسلحون قرية أوكوروتي فجرا", borno)).toEqual([]);
  });

  it("is still the town when the article names its province, or no province of its country", () => {
    expect(ids("اقتحم المسلحون قرية أوكوروتي فجرا", nigeria)).toEqual([OKOROETE]);
    expect(ids("The insurgents stormed the village of Okoroyte at dawn", { countries: new Set(["NGA"]), provinces: new Set(["NG-AK"]) })).toEqual([OKOROETE]);
  });
});
