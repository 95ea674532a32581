import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer, type PlaceRecord } from "@/lib/schema/gazetteer";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import { hintFrom, type PlaceHint } from "@/lib/extract/town-context";
import { tokenize } from "@/lib/text/tokens";

// Synthetic gazetteer: the real one is built elsewhere and may change; these tests pin behaviour.
const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);

function places(text: string): string[] {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
}

describe("place matching", () => {
  it("matches Arabic names behind proclitics", () => {
    expect(places("في العراق وسوريا")).toEqual(["country:IRQ", "country:SYR"]);
    expect(places("بالعراق ولسوريا والموصل")).toEqual(["country:IRQ", "country:SYR", "city:99072"]);
  });
  it("respects word boundaries in both scripts", () => {
    expect(places("The ambassador met the embassy staff")).toEqual([]);
    expect(places("Lake Assad is near")).toEqual(["city:7000001"]);
    expect(places("المغتربون في عراقيل")).toEqual([]);
    expect(places("بغدادي")).toEqual([]);
  });
  it("folds English case and diacritics (Tillabéri = Tillaberi)", () => {
    expect(places("in TILLABERI and Tillabéri")).toEqual(["province:NE-TL", "province:NE-TL"]);
  });
  it("prefers the longest name: north-east Nigeria is the region, not just Nigeria", () => {
    expect(places("ظهرت في شمال شرق نيجيريا")).toEqual(["region:ne-nigeria"]);
    expect(places("in north-eastern Nigeria")).toEqual(["region:ne-nigeria"]);
    expect(places("في نيجيريا")).toEqual(["country:NGA"]);
    expect(places("في منطقة الساحل")).toEqual(["region:sahel"]);
  });
  it("reads nationality adjectives (nisba) as the country", () => {
    // Choice: "القوات العراقية" and "Iraqi forces" place a claim in Iraq; documented in lib/extract/demonyms.ts.
    expect(places("القوات العراقية")).toEqual(["country:IRQ"]);
    expect(places("مصادر بالأمن الداخلي الجزائري")).toEqual(["country:DZA"]);
    expect(places("Iraqi forces")).toEqual(["country:IRQ"]);
  });
  it("needs a place word before names that are also common words", () => {
    const g = Gazetteer.parse({
      version: 1,
      places: [...gaz.places, { id: "city:74477", kind: "city", countries: ["YEM"], nameEn: "Ibb", nameAr: "إب", aliasesEn: [], aliasesAr: [], point: [44.18, 13.97] }],
    });
    const m = buildPlaceMatcher(g, aliases);
    const ids = (t: string) => matchPlaces(m, tokenize(t)).map((x) => x.candidates[0]!.place.id);
    expect(ids("في آب / أغسطس الماضي")).toEqual([]);
    expect(ids("في مدينة إب")).toEqual(["city:74477"]);
  });
});

describe("disambiguation", () => {
  it("الجزائر is Algeria unless the context says the city", () => {
    expect(places("في الجزائر أقسم المقاتلون")).toEqual(["country:DZA"]);
    expect(places("في مدينة الجزائر")).toEqual(["city:2507480"]);
    expect(places("في العاصمة الجزائرية")).toEqual(["city:2507480"]);
    expect(places("in Algiers")).toEqual(["city:2507480"]);
    expect(places("in Algeria")).toEqual(["country:DZA"]);
  });
  it("النيجر is the country; نيجر or ولاية نيجر is Niger State", () => {
    expect(places("في النيجر")).toEqual(["country:NER"]);
    expect(places("بالنيجر")).toEqual(["country:NER"]);
    expect(places("ولاية نيجر في نيجيريا")).toEqual(["province:NG-NI", "country:NGA"]);
    expect(places("في نيجر")).toEqual(["province:NG-NI"]);
  });
  it("English Niger is the country unless Niger State", () => {
    expect(places("attack in Niger")).toEqual(["country:NER"]);
    expect(places("attack in Niger State")).toEqual(["province:NG-NI"]);
    expect(places("Nigeria")).toEqual(["country:NGA"]);
  });
  it("الرقة is the city unless محافظة/province is said", () => {
    expect(places("سقوط الرقة")).toEqual(["city:172955"]);
    expect(places("في محافظة الرقة")).toEqual(["province:SY-RA"]);
    expect(places("Raqqa province")).toEqual(["province:SY-RA"]);
  });
});

describe("towns and districts", () => {
  // As in the built gazetteer: a governorate shares its bare name with its capital, small
  // towns have no Arabic name, and some town names exist in two countries or are English words.
  const town = (id: string, country: "IRQ" | "SYR" | "NGA", nameEn: string, extra: Partial<PlaceRecord> = {}): PlaceRecord => ({
    id,
    kind: "city",
    countries: [country],
    nameEn,
    aliasesEn: [],
    aliasesAr: [],
    point: [40, 35],
    ...extra,
  });
  const g = Gazetteer.parse({
    version: 1,
    places: [
      ...gaz.places.filter((p) => p.id !== "province:SY-RA"),
      { id: "province:SY-RA", kind: "province", iso: "SY-RA", countries: ["SYR"], nameEn: "Al-Raqqah", nameAr: "الرقة", aliasesEn: ["Raqqa"], aliasesAr: [], point: [39, 36] },
      town("city:2345172", "NGA", "Dapchi", { province: "NG-YO", population: 14_077 }),
      town("city:95788", "IRQ", "Hit", { nameAr: "هيت", province: "IQ-AN", population: 31_901 }),
      town("city:448149", "IRQ", "Sinjar", { nameAr: "سنجار", province: "IQ-NI", population: 38_294 }),
      town("city:164094", "SYR", "Sinjar", { aliasesEn: ["Sinjār"], province: "SY-ID", population: 5_000 }),
      town("city:98717", "IRQ", "Ramadi", { province: "IQ-AN", population: 274_539 }),
      town("city:99454", "IRQ", "Fallujah", { aliasesEn: ["Falluja"], province: "IQ-AN", population: 190_159 }),
      town("city:174018", "SYR", "Al Bab", { aliasesEn: ["Al-Bab"], province: "SY-HL", population: 130_745 }),
      town("city:1467433", "IRQ", "March", { province: "IQ-AN" }),
      { id: "province:NG-YO", kind: "province", iso: "NG-YO", countries: ["NGA"], nameEn: "Yobe", nameAr: "يوبي", aliasesEn: [], aliasesAr: [], point: [11, 12] },
      town("city:2345521", "NGA", "Damaturu", { nameAr: "داماتورو", province: "NG-YO", population: 46_000 }),
      town("city:2345522", "NGA", "Yobe", { nameAr: "يوبي", province: "NG-YO", population: 2_000 }),
      town("city:30762", "SYR", "Ramadi", { province: "SY-ID" }),
    ],
  });
  const m = buildPlaceMatcher(g, aliases);
  const ids = (text: string, hint?: PlaceHint) => {
    const tokens = tokenize(text);
    return matchPlaces(m, tokens, hint).flatMap((x) => disambiguate(tokens, x)?.place.id ?? []);
  };

  it("finds a small town that has no Arabic name in English text", () => {
    expect(ids("Boko Haram raided a school in Dapchi on Monday")).toEqual(["city:2345172"]);
    expect(g.places.find((p) => p.id === "city:2345172")!.nameAr).toBe("Dapchi"); // shown in English in Arabic pages
  });

  it("reads the countryside, rural areas and regions around a city as its province", () => {
    expect(ids("اشتباكات في ريف الرقة الشمالي")).toEqual(["province:SY-RA"]);
    expect(ids("قصف على بريف الرقة")).toEqual(["province:SY-RA"]);
    expect(ids("in the Raqqa countryside")).toEqual(["province:SY-RA"]);
    expect(ids("in rural Raqqa")).toEqual(["province:SY-RA"]);
    expect(ids("across the western Raqqa region")).toEqual(["province:SY-RA"]);
    expect(ids("في منطقة الرقة")).toEqual(["province:SY-RA"]);
  });

  it("reads the city of X as the city, and a bare name as the city", () => {
    expect(ids("inside the city of Raqqa")).toEqual(["city:172955"]);
    expect(ids("داخل مدينة الرقة")).toEqual(["city:172955"]);
    expect(ids("the fall of Raqqa")).toEqual(["city:172955"]);
  });

  it("never matches a town named like an English word in lowercase, nor without a place cue", () => {
    expect(ids("a roadside bomb hit a convoy")).toEqual([]);
    expect(ids("Militants Hit Army Convoy")).toEqual([]);
    expect(ids("Hit by mortar fire, the base burned")).toEqual([]);
    expect(ids("fighting in Hit, west of Ramadi")).toEqual(["city:95788", "city:98717"]);
    expect(ids("the town of Hit")).toEqual(["city:95788"]);
    expect(ids("في مدينة هيت")).toEqual(["city:95788"]);
  });

  it("keeps a town named in two countries only when the context names one of them", () => {
    expect(ids("clashes in Sinjar")).toEqual([]);
    expect(ids("Iraqi forces retook Sinjar")).toEqual(["country:IRQ", "city:448149"]);
    expect(ids("clashes in Sinjar", { countries: new Set(["SYR"]) })).toEqual(["city:164094"]);
    expect(ids("clashes in Sinjar", { provinces: new Set(["IQ-NI"]) })).toEqual(["city:448149"]);
    expect(ids("اشتباكات في سنجار")).toEqual(["city:448149"]); // only the Iraqi one has this Arabic name
  });

  it("reads a common-word name in a list of towns as a town, and a list's place word for every name in it", () => {
    expect(ids("drove them out of Ramadi, Hit and Falluja")).toEqual(["city:98717", "city:95788", "city:99454"]);
    expect(ids("Falluja Hit by Airstrikes")).toEqual(["city:99454"]);
    expect(ids("في ولايتي بورنو ويوبي")).toEqual(["province:NG-BO", "province:NG-YO"]);
    expect(ids("in the states of Borno and Yobe")).toEqual(["province:NG-BO", "province:NG-YO"]);
  });

  it("looks past a lowercase article to the name (al-Bab), and never reads a month as a town", () => {
    expect(ids("withdrew towards al-Bab")).toEqual(["city:174018"]);
    expect(ids("BAGHOUZ, Syria, March 24")).toEqual(["country:SYR"]);
    expect(ids("the town fell in March")).toEqual([]);
    expect(ids("clashes in HIT and FALLUJA")).toEqual(["city:99454"]); // a three-letter capital word is an acronym
  });

  it("builds the hint from the places an article has named so far, never from a region", () => {
    const named = (...idList: string[]) => idList.map((id) => g.places.find((p) => p.id === id)!);
    expect(ids("clashes in Sinjar", hintFrom(named("city:99072")))).toEqual(["city:448149"]); // Mosul named before
    expect(hintFrom(named("region:sahel")).countries.size).toBe(0);
    expect([...hintFrom(named("province:SY-RA")).provinces]).toEqual(["SY-RA"]);
  });

  it("reads a bare name as the town far bigger than its namesakes elsewhere", () => {
    expect(ids("clashes in Ramadi")).toEqual(["city:98717"]);
    expect(ids("clashes in Ramadi", { countries: new Set(["SYR"]) })).toEqual(["city:30762"]);
  });
});
