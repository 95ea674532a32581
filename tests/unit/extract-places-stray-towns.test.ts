import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import type { PlaceHint } from "@/lib/extract/town-context";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** A small town of a country the article never names is a chance match of its name (town-context.ts). */
const root = path.join(__dirname, "../..");
const gaz = Gazetteer.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const inCountries = (...c: string[]): PlaceHint => ({ countries: new Set(c), provinces: new Set() });
const ids = (text: string, hint?: PlaceHint) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens, hint).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};
const KARU = "city:10215205"; // a Nigerian village
const BOSSO = "city:x-bosso"; // Niger, across the border from Borno

describe("a small town of a country the article never names", () => {
  it("does not match in a story about other countries", () => {
    expect(ids("Militants attacked a checkpoint in Karu on Monday.", inCountries("YEM"))).toEqual([]);
    expect(ids("Fighting spread from Aden to Karu, officials in Yemen said.")).toEqual(["city:415189", "country:YEM"]);
    // "Dara" is Syria's Daraa, town and province: in an Afghan story, neither.
    expect(ids("Taliban fighters attacked posts in Dara on Monday.", inCountries("AFG"))).toEqual([]);
  });

  it("matches when its country or a neighbour of it is named, or nothing is named yet", () => {
    expect(ids("Militants attacked a checkpoint in Karu on Monday.", inCountries("NGA"))).toEqual([KARU]);
    expect(ids("Militants attacked a checkpoint in Karu, Nigeria, on Monday.", inCountries("YEM"))).toEqual([KARU, "country:NGA"]);
    expect(ids("Boko Haram fighters crossed into Bosso on Monday.", inCountries("NGA"))).toEqual([BOSSO]);
    expect(ids("Militants attacked a checkpoint in Karu on Monday.")).toEqual([KARU]);
  });
});
