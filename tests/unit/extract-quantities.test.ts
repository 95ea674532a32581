import { describe, expect, it } from "vitest";
import { findQuantities } from "@/lib/extract/quantities";

const q = (s: string) => findQuantities(s).map(({ index: _i, ...x }) => x);

describe("quantities", () => {
  it("more than 60% (Arabic percent sign and Arabic-Indic digits)", () => {
    expect(q("فقدت أكثر من 60٪ من الأراضي")).toEqual([{ text: "60٪", value: 60, unit: "percent", qualifier: "more-than" }]);
    expect(q("أكثر من ٦٠٪")[0]).toMatchObject({ value: 60, unit: "percent", qualifier: "more-than" });
    expect(q("lost more than 60 percent")[0]).toMatchObject({ value: 60, unit: "percent", qualifier: "more-than" });
    expect(q("about 3.5%")[0]).toMatchObject({ value: 3.5, qualifier: "about" });
  });
  it("number words with people nouns", () => {
    expect(q("قتل أربعة جنود من القوات الخاصة")).toEqual([{ text: "اربعه جنود", value: 4, unit: "people", qualifier: "exactly" }]);
    expect(q("killed four soldiers")[0]).toMatchObject({ value: 4, unit: "people" });
    expect(q("at least 12 civilians")[0]).toMatchObject({ value: 12, unit: "people", qualifier: "more-than" });
  });
  it("dozens is vague, without a value", () => {
    expect(q("أقسم عشرات من المقاتلين")).toEqual([{ text: "عشرات", unit: "people", qualifier: "vague" }]);
    expect(q("dozens of fighters")[0]).toMatchObject({ unit: "people", qualifier: "vague" });
    expect(q("dozens of fighters")[0]?.value).toBeUndefined();
  });
  it("ignores years and bare number words", () => {
    expect(q("في عام 2015")).toEqual([]);
    expect(q("ستة أقزام")).toEqual([]);
  });
  it("a percentage written with the word for per cent, in digits or in words, is one percentage", () => {
    expect(q("خسر أكثر من 60 في المئة من الأراضي")).toEqual([{ text: "60 في الميه", value: 60, unit: "percent", qualifier: "more-than" }]);
    expect(q("خسر التنظيم بنسبة مئة في المئة من أراضيه")).toEqual([{ text: "ميه في الميه", value: 100, unit: "percent", qualifier: "exactly" }]);
    expect(q("lost 100 percent of its land")).toEqual([{ text: "100 percent", value: 100, unit: "percent", qualifier: "exactly" }]);
  });
  it("shares of ground in words are percentages, with their qualifier", () => {
    expect(q("ISIS has lost all of its territory in Iraq")[0]).toMatchObject({ value: 100, unit: "percent", qualifier: "exactly" });
    expect(q("خسر التنظيم كامل أراضيه")[0]).toMatchObject({ value: 100, unit: "percent" });
    expect(q("lost about half of its territory")[0]).toMatchObject({ value: 50, unit: "percent", qualifier: "about" });
    expect(q("فقد نحو ثلثي أراضيه")[0]).toMatchObject({ value: 67, unit: "percent", qualifier: "about" });
  });
  it("'all' that is not a share of ground is no quantity", () => {
    expect(q("all of its fighters fled")).toEqual([]);
  });
});
