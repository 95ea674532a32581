import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import type { PlaceHint } from "@/lib/extract/town-context";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** Words that make a name a province, whatever spelling of it the gazetteer knows (place-matcher.ts). */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const ids = (text: string, hint?: PlaceHint) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens, hint).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const MAYADIN = "city:173480";

describe("a province word next to a city's spelling", () => {
  it("reads 'Deir Ezzor province' and 'the Deir Ezzor governorate' as the province, not the city", () => {
    expect(ids("the town of Mayadeen, in Deir Ezzor province")).toEqual([MAYADIN, "province:SY-DY"]);
    expect(ids("clashes spread across the Deir Ezzor governorate on Monday")).toEqual(["province:SY-DY"]);
    expect(ids("the militants' last stronghold in the state of Deir Ezzor")).toEqual(["province:SY-DY"]);
  });

  it("keeps the city when no province word stands next to it", () => {
    expect(ids("fighting in Mayadeen, south of Deir Ezzor city")).toEqual([MAYADIN, "city:170794"]);
    expect(ids("the militants shelled Deir Ezzor on Monday")).toEqual(["city:170794"]);
  });
});

describe("a province spelt as the gazetteer does not, after a province word", () => {
  const afg: PlaceHint = { countries: new Set(["AFG"]), provinces: new Set() };
  it("finds the province by its consonants, long vowels written or not", () => {
    expect(ids("سيطر المسلحون على منطقة في إقليم باغلان", afg)).toEqual(["province:AF-BGL"]);
    expect(ids("وقعت اشتباكات بولاية باغلان شمالي البلاد", afg)).toContain("province:AF-BGL");
    expect(ids("هاجموا مواقع في محافظة تاخار", afg)).toEqual(["province:AF-TAK"]);
  });

  it("finds nothing without a province word, outside the countries in focus, or when two provinces share the consonants", () => {
    expect(ids("سيطر المسلحون على باغلان", afg)).toEqual([]);
    expect(ids("سيطر المسلحون على منطقة في إقليم باغلان", { countries: new Set(["IRQ"]), provinces: new Set() })).toEqual([]);
    // Paktia and Paktika have one skeleton (BKT): no guess.
    expect(ids("هجوم في ولاية باكتيا", afg)).toEqual([]);
  });
});

describe("a city-and-province name listed beside a province", () => {
  const irq: PlaceHint = { countries: new Set(["IRQ"]), provinces: new Set() };
  it("is the province, like the name beside it", () => {
    expect(ids("attacks rose in the area between Kirkuk and Salahuddin", irq)).toEqual(["province:IQ-KI", "province:IQ-SD"]);
    expect(ids("تصاعدت الهجمات في المنطقة بين كركوك وصلاح الدين", irq)).toEqual(["province:IQ-KI", "province:IQ-SD"]);
    expect(ids("هجمات في ديالى وكركوك", irq)).toEqual(["province:IQ-DI", "province:IQ-KI"]);
  });

  it("stays the city beside another city", () => {
    expect(ids("clashes in Kirkuk and Mosul", irq)).toEqual(["city:94787", "city:99072"]);
  });
});

describe("an English spelling of a province the gazetteer lacks, next to 'province'", () => {
  const afgIrq: PlaceHint = { countries: new Set(["AFG", "IRQ"]), provinces: new Set() };
  it("is the province of that skeleton in the countries in focus, before or after the word", () => {
    expect(ids("clashes in Nengarhar province", afgIrq)).toEqual(["province:AF-NAN"]);
    expect(ids("clashes in the province of Nengarhar", afgIrq)).toEqual(["province:AF-NAN"]);
    expect(ids("an attack in Kundoz province", afgIrq)).toEqual(["province:AF-KDZ"]);
    expect(ids("attacks in Salaheddine governorate", afgIrq)).toEqual(["province:IQ-SD"]);
  });

  it("is nothing outside the countries in focus or without the word", () => {
    expect(ids("clashes in Nengarhar province", { countries: new Set(["NGA"]), provinces: new Set() })).toEqual([]);
    expect(ids("clashes near Nengarhar", afgIrq)).toEqual([]);
  });
});
