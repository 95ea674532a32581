import { describe, expect, it } from "vitest";
import { attributionIn } from "@/lib/i18n/attribution";

const groups = (en: string) => ({ "al-Qaeda in the Arabian Peninsula": "تنظيم القاعدة في جزيرة العرب" })[en];

describe("a claim's attribution in the interface language", () => {
  it("is left as the extractor wrote it in the English interface", () => {
    expect(attributionIn("Algerian internal security sources", "en")).toEqual({ text: "Algerian internal security sources", lang: "en", quoted: false });
  });

  it("renders the phrase table's sources back into Arabic, with agreeing nationality adjectives", () => {
    expect(attributionIn("Algerian internal security sources", "ar").text).toBe("مصادر في الأمن الداخلي الجزائري");
    expect(attributionIn("Iraqi security sources", "ar").text).toBe("مصادر أمنية عراقية");
    expect(attributionIn("military sources", "ar").text).toBe("مصادر عسكرية");
    expect(attributionIn("US sources", "ar").text).toBe("مصادر أمريكية");
  });

  it("names outlets in Arabic, and a source reported by an outlet as both", () => {
    expect(attributionIn("Reuters", "ar")).toEqual({ text: "رويترز", lang: "ar", quoted: false });
    expect(attributionIn("Syrian local sources, via the Guardian", "ar").text).toBe("مصادر محلية سورية، عبر الغارديان");
  });

  it("names a group's broadcaster with the group's Arabic name, dropping the English abbreviation", () => {
    expect(attributionIn("a broadcaster linked to al-Qaeda in the Arabian Peninsula (AQAP)", "ar", groups).text).toBe("إذاعة مرتبطة بـتنظيم القاعدة في جزيرة العرب");
    expect(attributionIn("some analysts", "ar").text).toBe("بعض المحللين");
  });

  it("quotes an English article's own words rather than translating them", () => {
    expect(attributionIn("Nigerian army spokesman Onyema Nwachukwu", "ar")).toEqual({ text: "Nigerian army spokesman Onyema Nwachukwu", lang: "en", quoted: true });
    // A group the lexicon cannot name in Arabic is not half-translated either.
    expect(attributionIn("a media outlet linked to Unknown Front", "ar").quoted).toBe(true);
  });
});
