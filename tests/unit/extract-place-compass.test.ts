import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** A compass word before a name shared by a city and its province (disambiguate.ts). */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const ids = (text: string) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};

describe("compass words before a city that names its province", () => {
  it("reads 'northern Idlib', 'southern Kandahar', 'شمال إدلب' as the province", () => {
    expect(ids("ISIS attacked villages in northern Idlib")).toEqual(["province:SY-ID"]);
    expect(ids("Taliban fighters advanced in southern Kandahar")).toEqual(["province:AF-KAN"]);
    expect(ids("هاجم التنظيم قرى في شمال إدلب")).toEqual(["province:SY-ID"]);
    expect(ids("وبجنوب الرقة")).toEqual(["province:SY-RA"]);
  });

  it("keeps the city for a bare name, a distance 'north of' it, and a capital's quarters", () => {
    expect(ids("fighting in Idlib")).toEqual(["city:169389"]);
    expect(ids("clashes 10 km north of Idlib")).toEqual(["city:169389"]);
    expect(ids("a bombing in western Baghdad")).toEqual(["city:98182"]);
    expect(ids("انفجار في غرب كابول")).toEqual(["city:1138958"]);
  });
});
