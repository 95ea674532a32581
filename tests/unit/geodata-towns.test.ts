import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { disambiguate } from "@/lib/extract/disambiguate";
import { buildPlaceMatcher, matchPlaces, PlaceAliases } from "@/lib/extract/place-matcher";
import { COUNTRY_ISO3, Gazetteer, hasArabicName } from "@/lib/schema/gazetteer";
import { tokenize } from "@/lib/text/tokens";

/** The COMMITTED towns, and the spellings reporting uses for them, matched end to end. */
const root = path.join(__dirname, "../..");
const raw = JSON.parse(fs.readFileSync(path.join(root, "geodata/gazetteer.json"), "utf8")) as { places: { nameAr?: string; kind: string }[] };
const gaz = Gazetteer.parse(raw);
const aliases = PlaceAliases.parse(JSON.parse(fs.readFileSync(path.join(root, "geodata/lexicon/place-aliases.json"), "utf8")));
const matcher = buildPlaceMatcher(gaz, aliases);
const ids = (text: string) => {
  const tokens = tokenize(text);
  return matchPlaces(matcher, tokens).flatMap((m) => disambiguate(tokens, m)?.place.id ?? []);
};

describe("committed towns", () => {
  const towns = gaz.places.filter((p) => p.kind === "city");

  it("has the towns of all seven countries, most of them with no Arabic name in any source", () => {
    for (const iso of COUNTRY_ISO3) expect(towns.filter((t) => t.countries[0] === iso).length, iso).toBeGreaterThanOrEqual(40);
    expect(towns.length).toBeGreaterThan(2000);
    expect(raw.places.filter((p) => p.kind === "city" && p.nameAr === undefined).length).toBeGreaterThan(1500);
    expect(towns.filter((t) => !hasArabicName(t)).every((t) => t.nameAr === t.nameEn)).toBe(true);
  });

  it("matches the usual spellings of Tal Afar in both scripts", () => {
    for (const t of ["in Tal Afar", "in Tall Afar", "in Tell Afar", "in Talafar", "في تلعفر", "في تل عفر"]) expect(ids(t), t).toEqual(["city:90393"]);
  });

  it("matches Nangarhar's Arabic spellings as the province", () => {
    for (const t of ["ننكرهار", "ننغرهار", "نانجارهار", "Ningarhar"]) expect(ids(`في ${t}`.replace("في Ningarhar", "in Ningarhar")), t).toEqual(["province:AF-NAN"]);
  });

  it("matches a district by its name, without GeoNames' administrative prefix (Achin)", () => {
    expect(ids("in the Achin district of Nangarhar province")).toEqual(["city:1469706", "province:AF-NAN"]);
  });

  it("never reads an Arabic common word that names a town as the town without a place word", () => {
    expect(ids("نقلوا إلى معسكر للتدريب")).toEqual([]);
    expect(ids("خرجت مظاهرات سلمية")).toEqual([]);
    expect(ids("منذ عاصفة الحزم")).toEqual([]);
    expect(ids("قاتل مع الجبهة الشامية")).toEqual([]);
    expect(ids("صواريخ قصيرة المدى القصير")).toEqual([]);
    expect(ids("سيطروا على مطار الطبقة")).toEqual(["city:172374"]);
  });

  it("reads ريف X as the province and مدينة X as the city for the real Raqqa and Idlib", () => {
    expect(ids("في ريف الرقة")).toEqual(["province:SY-RA"]);
    expect(ids("في مدينة الرقة")).toEqual(["city:172955"]);
    expect(ids("in rural Idlib")).toEqual(["province:SY-ID"]);
  });
});

describe("dry-run places", () => {
  it("give a town its province (ISO 3166-2), and no province to a country", () => {
    const r = ingestText("Fighting in Tal Afar\n\nIraqi forces entered Tal Afar on Sunday.", { slug: "t", lang: "en" }, { places: matcher, actors: loadMatchers().actors });
    expect(r.places.find((p) => p.id === "city:90393")).toMatchObject({ nameEn: "Tal Afar", province: "IQ-NI" });
    expect(r.places.find((p) => p.id === "country:IRQ")?.province).toBeUndefined();
  });
});
