import { describe, expect, it } from "vitest";
import { arabicVariants, englishVariants, plainLatin } from "@/scripts/geodata/variants";

describe("English spelling variants of GeoNames names", () => {
  it("drops diacritics and the marks for ayn and hamza (Ta‘izz is Taizz, Radā‘ is Rada)", () => {
    expect(plainLatin("Ta‘izz")).toBe("Taizz");
    expect(englishVariants("Radā‘")).toContain("Rada");
  });

  it("writes the article as al-, Al or not at all (Al Ḩawījah: Al-Hawija, Hawija)", () => {
    expect(englishVariants("Al Ḩawījah")).toEqual(expect.arrayContaining(["Al-Hawijah", "Al Hawija", "Hawija", "Hawijah"]));
    expect(englishVariants("Ar Ruţbah")).toEqual(expect.arrayContaining(["Al-Rutba", "Rutba"]));
  });

  it("keeps the article on a short stem, which alone is another word (Al Bāb is never Bab)", () => {
    expect(englishVariants("Al Bāb")).toContain("Al-Bab");
    expect(englishVariants("Al Bāb")).not.toContain("Bab");
  });

  it("keeps the article on a village's name when asked, since its bare name is often a person's (Al Ḩamzah, Hamza)", () => {
    expect(englishVariants("Al Ḩamzah", { bareArticle: false })).toEqual(expect.arrayContaining(["Al-Hamzah", "Al Hamza"]));
    expect(englishVariants("Al Ḩamzah", { bareArticle: false })).not.toContain("Hamza");
  });

  it("spells -iyah as -iya and -ia, and a final -ah as -a", () => {
    expect(englishVariants("An Nāşirīyah")).toEqual(expect.arrayContaining(["Nasiriya", "Nasiria", "Al-Nasiriyah"]));
    expect(englishVariants("Al Fallūjah")).toContain("Falluja");
  });

  it("respells common first words and an assimilated article inside the name (Deir al-Zawr, Tal Afar)", () => {
    expect(englishVariants("Dayr az Zawr")).toEqual(expect.arrayContaining(["Deir az Zawr", "Deir al-Zawr"]));
    expect(englishVariants("Tall ‘Afar")).toEqual(expect.arrayContaining(["Tal Afar", "Tell Afar"]));
    expect(englishVariants("‘Ayn al ‘Arab")).toEqual(["Ayn al Arab", "Ain al Arab", "Ein al Arab"]);
  });

  it("names a district seat by its district (Markaz-e Woluswalī-ye Āchīn is Achin)", () => {
    expect(englishVariants("Markaz-e Woluswalī-ye Āchīn")).toContain("Achin");
    expect(englishVariants("Wulêswālī Bihsūd")).toContain("Bihsud");
  });

  it("turns Francophone ou into u", () => {
    expect(englishVariants("Boumerdas")).toContain("Bumerdas");
  });
});

describe("Arabic spelling variants", () => {
  it("writes آباد and كاه joined or apart (جلال آباد / جلالآباد, لشكركاه / لشكر كاه)", () => {
    expect(arabicVariants("جلال آباد")).toEqual(["جلالآباد"]);
    expect(arabicVariants("لشكركاه")).toEqual(["لشكر كاه"]);
  });

  it("never drops the article, which would make words of names (الباب is not باب)", () => {
    expect(arabicVariants("الباب")).toEqual([]);
  });
});
