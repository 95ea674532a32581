import { describe, expect, it } from "vitest";
import { fixAdmin1, splitNames, stripArabicPrefix, uniq } from "@/scripts/geodata/admin1";
import { admin1, defectiveAdmin1, square } from "@/tests/fixtures/geodata/synthetic";

describe("fixAdmin1 (synthetic admin-1)", () => {
  const provinces = fixAdmin1(defectiveAdmin1());
  const byIso = new Map(provinces.map((p) => [p.iso, p]));

  it("gives every province a unique code, sorted", () => {
    const codes = provinces.map((p) => p.iso);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it("recodes Kirkuk to IQ-KI and keeps the old name as an alias", () => {
    expect(byIso.has("IQ-TS")).toBe(false);
    const kirkuk = byIso.get("IQ-KI")!;
    expect(kirkuk.nameEn).toBe("Kirkuk");
    expect(kirkuk.aliasesEn.slice(0, 2)).toEqual(["At-Ta'mim", "Tamin"]); // then generated respellings
  });

  it("tells Panjshir and Daykundi from their parents by GeoNames id", () => {
    expect(byIso.get("AF-PAR")!.geonamesId).toBe(1131054);
    expect(byIso.get("AF-PAR")!.aliasesEn).not.toContain("Charikar");
    const pan = byIso.get("AF-PAN")!;
    expect([pan.nameEn, pan.nameAr, pan.wikidataId]).toEqual(["Panjshir", "بنجشير", undefined]);
    expect(pan.aliasesEn).not.toContain("Charikar");
    expect(byIso.get("AF-DAY")!.nameEn).toBe("Daykundi");
    expect(byIso.get("AF-URU")!.geonamesId).toBe(1131461);
  });

  it("swaps Natural Earth's Paktia/Paktika codes back to ISO 3166-2", () => {
    expect(byIso.get("AF-PIA")!.nameEn).toBe("Paktia");
    expect(byIso.get("AF-PKA")!.nameEn).toBe("Paktika");
    expect(byIso.get("AF-PKA")!.aliasesEn).not.toContain("Paktiya");
  });

  it("absorbs the UNDOF strip into Quneitra instead of keeping it as a province", () => {
    expect([...byIso.keys()].some((k) => k.startsWith("SY-X"))).toBe(false);
    const qu = byIso.get("SY-QU")!;
    expect(qu.geometry.type).toBe("MultiPolygon");
    expect(qu.geometry.coordinates).toHaveLength(2);
  });

  it("keeps the two Sanaa entries apart", () => {
    const city = byIso.get("YE-SA")!;
    const gov = byIso.get("YE-SN")!;
    expect(city.nameEn).not.toBe(gov.nameEn);
    expect(city.nameAr).not.toBe(gov.nameAr);
    expect(gov.nameAr).toBe("صنعاء");
    expect(city.aliasesAr).not.toContain("صنعاء");
  });

  it("drops reviewed wrong aliases and strips Arabic prefixes", () => {
    const tiaret = byIso.get("DZ-14")!;
    expect(tiaret.aliasesEn.slice(0, 2)).toEqual(["Synth DZ-14", "Tihert"]);
    expect(tiaret.aliasesEn).not.toContain("Tiaret");
    expect(tiaret.nameAr).toBe("تيارت");
  });

  it("adds bare Arabic names from iso3166-2-db as aliases, without repeating the name", () => {
    const [p] = fixAdmin1([admin1("IQ-NI", square(0, 0), { name_ar: "محافظة نينوى" })], new Map([["IQ-NI", "نينوى الكبرى"]]));
    expect(p!.nameAr).toBe("نينوى");
    expect(p!.aliasesAr).toEqual(["نينوى الكبرى"]);
  });

  it("refuses duplicate codes and provinces outside the seven countries", () => {
    expect(() => fixAdmin1([admin1("IQ-BG", square(0, 0)), admin1("IQ-BG", square(1, 0))])).toThrow(/duplicate/);
    expect(() => fixAdmin1([admin1("FR-IDF", square(0, 0))])).toThrow(/outside/);
  });
});

describe("name helpers", () => {
  it("strips administrative prefixes and bidi marks", () => {
    expect(stripArabicPrefix("محافظة الرقة")).toBe("الرقة");
    expect(stripArabicPrefix("ولاية بورنو\u200e")).toBe("بورنو");
    expect(stripArabicPrefix("منطقة أغاديس")).toBe("أغاديس");
    expect(stripArabicPrefix("ذي قار")).toBe("ذي قار");
  });

  it("splits NE alternates on bars and parentheses", () => {
    expect(splitNames("Homs (Hims)", "Hims|Homs")).toEqual(["Homs", "Hims", "Hims", "Homs"]);
    expect(uniq(["a", " a ", "b", ""], ["b"])).toEqual(["a"]);
  });
});
