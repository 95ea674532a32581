import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import type { PlaceHint } from "@/lib/extract/town-context";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** Districts and small towns named in Arabic after "منطقة", and chance matches of short skeletons (skeleton-match.ts). */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const nga: PlaceHint = { countries: new Set(["NGA"]), provinces: new Set() };
const ids = (text: string, hint?: PlaceHint) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens, hint).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const MAFA = "city:2331628";
const ZAKIRAI = "city:2317897";

describe("a district after 'منطقة' or 'مقاطعة'", () => {
  it("is the town of that name inside a province the passage or article names", () => {
    expect(ids("استهدف الهجوم قرية في منطقة مافا في ولاية بورنو", nga)).toEqual([MAFA, "province:NG-BO"]);
    expect(ids("هاجم المسلحون مقاطعة مافا", { countries: new Set(["NGA"]), provinces: new Set(["NG-BO"]) })).toEqual([MAFA]);
  });

  it("is nothing when no province of it is named: 'منطقة' begins phrases as often as names", () => {
    expect(ids("هاجم المسلحون منطقة مافا", nga)).toEqual([]);
  });
});

describe("short skeletons across several words", () => {
  it("do not match a one-word name: two short words are not a town of three consonants", () => {
    expect(ids("واستهدف الهجوم قرية ازايا كورا في ولاية بورنو", nga)).toEqual(["province:NG-BO"]);
    expect(ids("أحرقوا قرية زا كيرا في ولاية بورنو", nga)).toEqual(["province:NG-BO"]);
  });

  it("still match the one-word name itself", () => {
    expect(ids("هاجموا قرية زاكيراي في ولاية كانو", nga)).toEqual([ZAKIRAI, "province:NG-KN"]);
  });
});

describe("an English spelling the gazetteer lacks, between 'the' and 'district'", () => {
  const afg: PlaceHint = { countries: new Set(["AFG"]), provinces: new Set() };
  it("is the town of that skeleton in the countries in focus", () => {
    expect(ids("The battle for the compound in the Bilchirgh district lasted two days", afg)).toEqual(["city:1146576"]);
    expect(ids("Insurgents overran the Bilchirgh village on Monday", afg)).toEqual(["city:1146576"]);
  });

  it("needs the place word after it: 'the' alone is no cue", () => {
    expect(ids("the Bilchirgh fighters surrendered", afg)).toEqual([]);
  });
});
