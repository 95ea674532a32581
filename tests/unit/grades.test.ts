import { describe, expect, it } from "vitest";
import { datePrec, wherePrec } from "@/lib/grades/precision";
import { GradeParam, meetsGrade } from "@/lib/grades/scales";

describe("grade filter", () => {
  const floor = GradeParam.parse("B2");

  it("keeps B2 or better: both the source's reliability and the claim's credibility at most the floor", () => {
    expect(meetsGrade({ reliability: "A", credibility: 1 }, floor)).toBe(true);
    expect(meetsGrade({ reliability: "B", credibility: 2 }, floor)).toBe(true);
    expect(meetsGrade({ reliability: "C", credibility: 1 }, floor)).toBe(false);
    expect(meetsGrade({ reliability: "A", credibility: 3 }, floor)).toBe(false);
  });

  it("drops ungraded claims (F6, the default) under any floor but F6", () => {
    expect(meetsGrade({ reliability: "F", credibility: 6 }, floor)).toBe(false);
    expect(meetsGrade({ reliability: "F", credibility: 6 }, GradeParam.parse("F6"))).toBe(true);
  });

  it("refuses a grade outside the two scales", () => {
    for (const bad of ["G1", "B7", "b2", "B", "2", "B22", "B0"]) expect(GradeParam.safeParse(bad).success).toBe(false);
  });
});

describe("precision codes (UCDP GED)", () => {
  it("maps a town to where_prec 1, a province to 4, a country to 6", () => {
    expect(wherePrec({ kind: "city", countries: ["IRQ"] })).toBe(1);
    expect(wherePrec({ kind: "province", countries: ["IRQ"] })).toBe(4);
    expect(wherePrec({ kind: "country", countries: ["IRQ"] })).toBe(6);
  });

  it("maps a region inside one country to 5 and one across borders to 7", () => {
    expect(wherePrec({ kind: "region", countries: ["NGA"] })).toBe(5);
    expect(wherePrec({ kind: "region", countries: ["NER", "NGA", "DZA"] })).toBe(7);
  });

  it("maps a day to date_prec 1, a month to 3, a year to 4, and no date to none", () => {
    expect(datePrec({ precision: "day" })).toBe(1);
    expect(datePrec({ precision: "month" })).toBe(3);
    expect(datePrec({ precision: "year" })).toBe(4);
    expect(datePrec(null)).toBeNull();
    expect(wherePrec(null)).toBeNull();
  });
});
