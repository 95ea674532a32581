import { describe, expect, it } from "vitest";
import { englishVariants } from "@/scripts/geodata/variants";

/** The ‘ayn, the hamza and doubled letters as English copy writes them (scripts/geodata/variants.ts). */
describe("a name with an ‘ayn or a hamza", () => {
  it("is written with an apostrophe, a modifier letter or nothing", () => {
    expect(englishVariants("Ja‘ār")).toEqual(expect.arrayContaining(["Jaar", "Ja'ar", "Jaʿar"]));
    expect(englishVariants("Ta‘izz")).toEqual(expect.arrayContaining(["Taizz", "Ta'izz", "Taʿizz"]));
  });

  it("echoes a final ‘ayn after a vowel, or doubles the consonant before it", () => {
    expect(englishVariants("Radā‘")).toEqual(expect.arrayContaining(["Rada", "Rada'a", "Radaa", "Radda"]));
    expect(englishVariants("Ṣan‘ā’")).toEqual(expect.arrayContaining(["Sanaa", "Sana'a"]));
  });

  it("does not double a consonant before a final hamza", () => {
    expect(englishVariants("Sāmarrā’")).not.toContain("Samarrra");
    expect(englishVariants("Ṣan‘ā’")).not.toContain("Sanna");
  });
});

describe("a name ending in a doubled consonant and -a", () => {
  it("takes -ah too", () => {
    expect(englishVariants("Al Mukallā")).toEqual(expect.arrayContaining(["Mukallah", "Al-Mukallah"]));
    expect(englishVariants("Jawf")).not.toContain("Jawfh");
  });
});
