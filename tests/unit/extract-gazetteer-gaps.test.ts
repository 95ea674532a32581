import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** Places that reporting names and the gazetteer lacked (reviewed in geodata/sources/), matched end to end. */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const ids = (text: string) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const place = (id: string) => gaz.places.find((p) => p.id === id);

describe("gazetteer gaps seen in error analysis", () => {
  it("matches the villages and districts of raids and trials in both scripts, each in its province", () => {
    const cases: [string, string, string][] = [
      ["the village of Yakla", "city:x-yakla", "YE-BA"],
      ["في قرية يكلا", "city:x-yakla", "YE-BA"],
      ["بمديرية ولد ربيع", "city:x-walad-rabi", "YE-BA"],
      ["a military base in Kainji", "city:x-kainji", "NG-NI"],
      ["في كاينجي", "city:x-kainji", "NG-NI"],
      ["في بلدة كاوري", "city:x-kaure", "NG-NI"],
      ["near the village of Ait Ouabane", "city:x-ait-ouabane", "DZ-15"],
      ["in the Kama district", "city:x-kama", "AF-NAN"],
    ];
    for (const [text, id, province] of cases) {
      expect(ids(text), text).toEqual([id]);
      expect(place(id)?.province, id).toBe(province);
    }
  });

  it("reads Kama as a place only after a place word, since it is a common word in English", () => {
    expect(ids("Kama is a word")).toEqual([]);
  });

  it("keeps the Sambisa forest an area (a region of Borno), never a point, in both scripts", () => {
    const sambisa = place("region:sambisa-forest");
    expect(sambisa?.kind).toBe("region");
    expect(sambisa?.members).toEqual(["NG-BO"]);
    expect(ids("his hideout in the Sambisa forest")).toEqual(["region:sambisa-forest"]);
    expect(ids("في غابة سامبيسا")).toEqual(["region:sambisa-forest"]);
  });
});
