import { describe, expect, it } from "vitest";
import { AR_CLAIM, arabicCount, formatList } from "@/lib/i18n/plural";
import { messages } from "@/lib/i18n/messages";

describe("Arabic counts", () => {
  it("make the noun agree with the number: singular, dual, plural up to ten, accusative singular from eleven", () => {
    expect(arabicCount(1, AR_CLAIM)).toBe("1 ادعاء");
    expect(arabicCount(2, AR_CLAIM)).toBe("2 ادعاءان");
    expect(arabicCount(3, AR_CLAIM)).toBe("3 ادعاءات");
    expect(arabicCount(10, AR_CLAIM)).toBe("10 ادعاءات");
    expect(arabicCount(11, AR_CLAIM)).toBe("11 ادعاءً");
    expect(arabicCount(21, AR_CLAIM)).toBe("21 ادعاءً");
    expect(arabicCount(100, AR_CLAIM)).toBe("100 ادعاء");
  });

  it("are what the interface's claim count says in Arabic", () => {
    expect(messages("ar").claimsCount(21)).toBe("21 ادعاءً");
    expect(messages("ar").claimsCount(2)).toBe("2 ادعاءان");
    expect(messages("en").claimsCount(1)).toBe("1 claim");
  });

  it("give one article in the singular, not the plural", () => {
    expect(messages("ar").articlesCount(1)).toBe("1 مقالة");
  });
});

describe("lists of names", () => {
  it("are joined with the Arabic comma in Arabic and the Latin comma in English", () => {
    expect(formatList(["سوريا", "العراق"], "ar")).toBe("سوريا، العراق");
    expect(formatList(["Syria", "Iraq"], "en")).toBe("Syria, Iraq");
  });
});
