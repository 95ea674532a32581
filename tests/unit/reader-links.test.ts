import { describe, expect, it } from "vitest";
import { formatPartialDate } from "@/lib/reader/format";
import { glossShown, mapHrefForActor, mapHrefForClaim, mapHrefForCountries, readerHref, searchOf, switchLangHref, withParam } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

describe("links back to the map", () => {
  it("go through the view codec and keep the interface language", () => {
    expect(mapHrefForCountries(["SYR"], "en")).toBe("/?country=SYR");
    expect(mapHrefForCountries(["SYR", "IRQ"], "ar")).toBe("/?country=IRQ%2CSYR&lang=ar");
    expect(mapHrefForActor("isis", "en")).toBe("/?actor=isis");
    const href = mapHrefForClaim({ kind: "pledge", countries: ["NER"] }, "ar")!;
    expect(fromParams(new URL(href, "http://x").searchParams).view).toMatchObject({ kinds: ["pledge"], countries: ["NER"], lang: "ar" });
    expect(mapHrefForClaim({ kind: "threat", countries: [] }, "en")).toBeNull();
  });
});

describe("reader links", () => {
  it("reader and language switch keep path, other parameters and the passage hash", () => {
    expect(readerHref("abc_1", "en", "p-1x")).toBe("/articles/abc_1#p-1x");
    expect(readerHref("abc_1", "ar")).toBe("/articles/abc_1?lang=ar");
    expect(switchLangHref("/articles/a", "gloss=0", "#p-1", "ar")).toBe("/articles/a?gloss=0&lang=ar#p-1");
    expect(switchLangHref("/articles/a", "lang=ar&gloss=0", "", "en")).toBe("/articles/a?gloss=0");
    expect(switchLangHref("/articles", "", "#", "en")).toBe("/articles");
  });

  it("gloss toggle and search round-trip", () => {
    expect(searchOf({ lang: "ar", gloss: ["0", "1"], x: undefined })).toBe("lang=ar&gloss=0&gloss=1");
    expect(withParam("/articles/a", "lang=ar", "gloss", "0")).toBe("/articles/a?lang=ar&gloss=0");
    expect(withParam("/articles/a", "gloss=0", "gloss", null)).toBe("/articles/a");
    expect(glossShown({})).toBe(true);
    expect(glossShown({ gloss: "0" })).toBe(false);
    expect(glossShown({ gloss: "1" })).toBe(true);
  });
});

describe("formatPartialDate", () => {
  it("is never more precise than the date", () => {
    expect(formatPartialDate({ value: "2017", precision: "year", inferred: false }, "en")).toBe("2017");
    expect(formatPartialDate({ value: "2017-11", precision: "month", inferred: true }, "en")).toBe("November 2017");
    expect(formatPartialDate({ value: "2017-10-04", precision: "day", inferred: false }, "en")).toBe("4 October 2017");
    const ar = formatPartialDate({ value: "2017-11", precision: "month", inferred: false }, "ar");
    expect(ar).not.toMatch(/November/);
    expect(ar.length).toBeGreaterThan(4);
  });
});
