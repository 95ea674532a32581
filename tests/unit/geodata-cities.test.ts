import { describe, expect, it } from "vitest";
import { fixAdmin1 } from "@/scripts/geodata/admin1";
import { arabicName } from "@/scripts/geodata/admin1";
import { provinceLocator, selectCities } from "@/scripts/geodata/cities";
import { admin1, city, square } from "@/tests/fixtures/geodata/synthetic";

const provinces = fixAdmin1([admin1("SY-RA", square(20, 20)), admin1("SY-HL", square(21, 20)), admin1("IQ-NI", square(22, 20))]);
const locate = provinceLocator(provinces);

describe("arabicName", () => {
  it("rejects Latin-script entries and strips a province prefix", () => {
    expect(arabicName("Ba’qūba")).toBeUndefined();
    expect(arabicName("Abia State")).toBeUndefined();
    expect(arabicName("ولاية الجلفة")).toBe("الجلفة");
    expect(arabicName("مركة\u200e")).toBe("مركة");
    expect(arabicName(undefined)).toBeUndefined();
  });

  it("drops vowel marks and spells Persian-keyboard letters the Arabic way", () => {
    expect(arabicName("صَعدة")).toBe("صعدة");
    expect(arabicName("برکی برک")).toBe("بركي برك");
  });
});

describe("provinceLocator", () => {
  it("finds the containing province of the city's own country", () => {
    expect(locate([20.5, 20.5], "SYR")).toBe("SY-RA");
    expect(locate([22.5, 20.5], "SYR")).toBeUndefined(); // inside an Iraqi province
    expect(locate([22.5, 20.5], "IRQ")).toBe("IQ-NI");
  });

  it("snaps a point just off the coast to the nearest province, and no further", () => {
    expect(locate([20.5, 19.97], "SYR")).toBe("SY-RA"); // ~3 km south
    expect(locate([20.5, 19], "SYR")).toBeUndefined(); // ~110 km
  });
});

describe("selectCities (synthetic)", () => {
  const arabic = new Map([
    [1, "الرقة"],
    [2, "Latin only"],
    [4, "ميدغري"],
    [6, "خرابة"],
  ]);
  const raw = [
    city(1, { name: "Ar Raqqah" }),
    city(2),
    city(3),
    city(4, { name: "Maiduguri" }),
    city(5, { name: "Small", population: 1_000 }),
    city(9, { name: "Hamlet", population: 999 }),
    city(10, { name: "Wulêswālī Bihsūd", population: 0, featureCode: "PPLA2" }),
    city(11, { name: "Ruin", population: 5_000, featureCode: "PPLQ" }),
    city(6, { featureCode: "PPLW" }),
    city(7, { country: "FR" }),
    city(8, { name: "Tillaberi", loc: { coordinates: [21.5, 20.5] } }),
  ];
  const aliases = {
    "1": { name: "Ar Raqqah", nameEn: "Raqqa", aliasesEn: ["Rakka"] },
    "4": { name: "Maiduguri", nameAr: "مايدوغوري" },
    "8": { name: "Tillaberi", nameAr: "تيلابيري" },
    "999": { name: "Gone" },
  };
  const result = selectCities(raw, arabic, aliases, locate);
  const ids = result.cities.map((c) => c.geonamesId);

  it("keeps every town of the seven countries of 1,000+ inhabitants, and district seats of unknown size", () => {
    expect(ids).toEqual([1, 10, 2, 3, 4, 5, 8]);
  });

  it("keeps a town that has no Arabic name, with its English name only", () => {
    expect(result.withoutArabic.map((c) => c.cityId)).toEqual([2, 3, 5, 10]);
    const small = result.cities.find((c) => c.geonamesId === 5)!;
    expect(small.nameEn).toBe("Small");
    expect(small.nameAr).toBeUndefined();
  });

  it("names a district seat by its district too (Wulêswālī Bihsūd is Bihsud)", () => {
    expect(result.cities.find((c) => c.geonamesId === 10)!.aliasesEn).toContain("Bihsud");
  });

  it("prefers the reviewed spelling and keeps GeoNames' as an alias", () => {
    const maiduguri = result.cities.find((c) => c.geonamesId === 4)!;
    expect(maiduguri.nameAr).toBe("مايدوغوري");
    expect(maiduguri.aliasesAr).toEqual(["ميدغري"]);
    const raqqa = result.cities.find((c) => c.geonamesId === 1)!;
    expect([raqqa.nameEn, raqqa.nameAr, raqqa.country, raqqa.province]).toEqual(["Raqqa", "الرقة", "SYR", "SY-RA"]);
    expect(raqqa.aliasesEn.slice(0, 2)).toEqual(["Ar Raqqah", "Rakka"]);
    expect(raqqa.aliasesEn).toContain("Raqqah"); // a generated variant, after the reviewed ones
  });

  it("places each city in its province and reports stale alias ids", () => {
    expect(result.cities.find((c) => c.geonamesId === 8)!.province).toBe("SY-HL");
    expect(result.unusedAliases).toEqual(["999"]);
  });
});
