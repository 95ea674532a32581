import { describe, expect, it } from "vitest";
import { englishVariants } from "@/scripts/geodata/variants";

/** District seats as GeoNames names them, and as the press does (scripts/geodata/variants.ts). */
describe("district seat names", () => {
  it("names a district seat without the words for 'seat of the district government'", () => {
    expect(englishVariants("Ḩukūmatī Dahanah-ye Ghōrī")).toContain("Dahanah-ye Ghori");
    expect(englishVariants("Ḩukūmat-e Nād ‘Alī")).toContain("Nad Ali");
    expect(englishVariants("Ḩukūmatī Azrah")).toContain("Azra");
  });

  it("spells a Pashto clan name with Khail or joined, as English copy does", () => {
    expect(englishVariants("Jānī Khēl")).toEqual(expect.arrayContaining(["Jani Khail", "Janikhail", "Janikhel"]));
    expect(englishVariants("Jānī Khēl")).not.toContain("Jani");
  });
});
