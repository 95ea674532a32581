import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { fixAdmin1 } from "@/scripts/geodata/admin1";
import { roundPoint } from "@/scripts/geodata/countries";
import { buildGazetteer, regionCountries, stringifyGazetteer } from "@/scripts/geodata/gazetteer";
import { writeAtomic } from "@/scripts/geodata/write";
import { admin1, square } from "@/tests/fixtures/geodata/synthetic";

const provinces = fixAdmin1([admin1("NG-BO", square(0, 0)), admin1("NE-1", square(0, 1)), admin1("DZ-11", square(0, 2))]);

const input = {
  countries: [{ iso3: "NGA", iso2: "NG", nameEn: "Nigeria", nameAr: "نيجيريا", aliasesEn: [], aliasesAr: [], point: [0.5, 0.5] as [number, number] }],
  regions: [
    {
      id: "sahel",
      nameEn: "Sahel",
      nameAr: "منطقة الساحل",
      aliasesEn: [],
      aliasesAr: ["الساحل"],
      members: ["NG-BO", "DZ-11", "NE-1"],
      note: "synthetic",
      point: [0.5, 1.5] as [number, number],
    },
  ],
  provinces,
  cities: [
    {
      geonamesId: 9,
      id: "city:9",
      country: "NGA" as const,
      nameEn: "Town",
      nameAr: "بلدة",
      aliasesEn: [],
      aliasesAr: [],
      point: [0.5, 0.5] as [number, number],
      population: 20_000,
      province: "NG-BO",
    },
  ],
};

describe("buildGazetteer (synthetic)", () => {
  const g = buildGazetteer(input);

  it("orders countries, regions, provinces then cities and validates", () => {
    expect(g.places.map((p) => p.kind)).toEqual(["country", "region", "province", "province", "province", "city"]);
    expect(Gazetteer.safeParse(g).success).toBe(true);
  });

  it("derives a region's countries from its members and sorts the members", () => {
    const sahel = g.places.find((p) => p.id === "region:sahel")!;
    expect(sahel.countries).toEqual(["DZA", "NER", "NGA"]);
    expect(sahel.members).toEqual(["DZ-11", "NE-1", "NG-BO"]);
    expect(() => regionCountries(["NG-XX"], provinces)).toThrow(/NG-XX/);
  });

  it("refuses duplicate ids", () => {
    expect(() => buildGazetteer({ ...input, cities: [...input.cities, ...input.cities] })).toThrow(/duplicate/);
  });

  it("serialises one place per line and round-trips", () => {
    const text = stringifyGazetteer(g);
    expect(text.split("\n")).toHaveLength(g.places.length + 3);
    expect(JSON.parse(text)).toEqual(g);
  });
});

describe("small helpers", () => {
  it("rounds points to 4 decimals without negative zero", () => {
    expect(roundPoint([12.345678, -0.000001])).toEqual([12.3457, 0]);
    expect(Object.is(roundPoint([-0.00001, 0])[0], -0)).toBe(false);
  });

  it("writes atomically, leaving no temporary file behind", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "geodata-"));
    const file = path.join(dir, "out.json");
    writeAtomic(file, "one");
    writeAtomic(file, "two");
    expect(fs.readFileSync(file, "utf8")).toBe("two");
    expect(fs.readdirSync(dir)).toEqual(["out.json"]);
    fs.rmSync(dir, { recursive: true });
  });
});
