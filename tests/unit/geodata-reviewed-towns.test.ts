import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** Towns, camps, bases and crossings reporting names that GeoNames' cities1000 lacks (geodata/sources/towns.json, round 14). */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const ids = (text: string) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const province = (id: string) => gaz.places.find((p) => p.id === id)?.province;

describe("reviewed towns of round 14", () => {
  it("matches each in English and Arabic, with its clitics, in its province", () => {
    const cases: [string, string, string][] = [
      ["fighting near Makhmour", "city:x-makhmour", "IQ-AR"],
      ["اشتباكات قرب مخمور", "city:x-makhmour", "IQ-AR"],
      ["a rocket hit Ain al-Asad air base", "city:x-ain-al-asad", "IQ-AN"],
      ["سقطت صواريخ على قاعدة عين الأسد", "city:x-ain-al-asad", "IQ-AN"],
      ["Turkish-backed fighters in Azaz", "city:x-azaz", "SY-HL"],
      ["وباعزاز", "city:x-azaz", "SY-HL"],
      ["the al-Hol and Rukban camps; aid reached the Rukban camp", "city:x-rukban", "SY-HI"],
      ["Taliban fighters overran Marjah", "city:x-marjah", "AF-HEL"],
      ["في مديرية ناد علي", "city:x-nad-ali", "AF-HEL"],
      ["soldiers were killed near Torodi", "city:x-torodi", "NE-6"],
      ["gunmen raided Dalori village", "city:x-dalori", "NG-BO"],
      ["smugglers crossed at Tin Zaouatine", "city:x-tin-zaouatine", "DZ-01"],
    ];
    for (const [text, id, prov] of cases) {
      expect(ids(text), text).toContain(id);
      expect(province(id), id).toBe(prov);
    }
  });

  it("matches the press spellings of towns GeoNames spells otherwise", () => {
    expect(ids("forces advanced on Qayyarah")).toEqual(["city:99003"]);
    expect(ids("في القيارة")).toEqual(["city:99003"]);
    expect(ids("clashes in Tirin Kot")).toEqual(["city:1122747"]);
    expect(ids("the Christian town of Qaraqosh")).toEqual(["city:92430"]);
    expect(ids("in Maidan Shahr")).toEqual(["city:1456960"]);
  });

  it("names in Arabic the large towns GeoNames' catalogue left without one", () => {
    expect(ids("قصفت الطائرات دوما")).toEqual(["city:170592"]);
    expect(ids("هجوم في عين صالح")).toEqual(["city:2493222"]);
    expect(ids("fighting in Zakho")).toEqual(["city:89570"]);
    expect(ids("في زاخو")).toEqual(["city:89570"]);
  });

  it("reads Rabia, also a first name, as the border town only after a place word or preposition", () => {
    expect(ids("Rabia said the convoy had left")).toEqual([]);
    expect(ids("قالت ربيعة إن القافلة غادرت")).toEqual([]);
    expect(ids("معبر ربيعة الحدودي")).toEqual(["city:x-rabia"]);
    expect(ids("the town of Rabia")).toEqual(["city:x-rabia"]);
  });
});
