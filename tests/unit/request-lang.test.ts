import { describe, expect, it } from "vitest";
import { langOfHeader, langOfQuery } from "@/lib/i18n/request-lang";

describe("the interface language of a page request", () => {
  it("is Arabic for ?lang=ar and English for no, another or a bad lang", () => {
    expect(langOfQuery(new URLSearchParams("lang=ar&kind=pledge"))).toBe("ar");
    expect(langOfQuery(new URLSearchParams("kind=pledge"))).toBe("en");
    expect(langOfQuery(new URLSearchParams("lang=xx"))).toBe("en");
  });

  it("reads only 'ar' from the header as Arabic, whatever else a client sends", () => {
    expect(langOfHeader("ar")).toBe("ar");
    expect(langOfHeader("<script>")).toBe("en");
    expect(langOfHeader(null)).toBe("en");
  });
});
