import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import type { PlaceHint } from "@/lib/extract/town-context";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** Yemeni towns as English copy spells their ‘ayn, hamza and doubled letters (the built gazetteer, scripts/geodata/variants.ts). */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const yemen: PlaceHint = { countries: new Set(["YEM"]), provinces: new Set() };
const ids = (text: string) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens, yemen).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const RADAA = "city:71491";
const JAAR = "city:74368";
const MUKALLA = "city:78754";

describe("a Yemeni town spelt as the press does", () => {
  it("is found with its final ‘ayn echoed, dropped or doubled", () => {
    expect(ids("Militants attacked a checkpoint in Radda on Monday.")).toEqual([RADAA]);
    expect(ids("Clashes broke out near Radaʿ overnight.")).toEqual([RADAA]);
    expect(ids("Fighters withdrew from Rada'a and Radaa, residents said.")).toEqual([RADAA, RADAA]);
  });

  it("is found with the ‘ayn inside it as a modifier letter or an apostrophe", () => {
    expect(ids("AQAP fighters seized Jaʿar on Friday.")).toEqual([JAAR]);
    expect(ids("Troops entered Ja'ar and Jaar's market.")).toEqual([JAAR, JAAR]);
  });

  it("is found with the article and -ah", () => {
    expect(ids("The group held al-Mukallah for a year.")).toEqual([MUKALLA]);
    expect(ids("Al Mukallah's port reopened.")).toEqual([MUKALLA]);
  });
});
