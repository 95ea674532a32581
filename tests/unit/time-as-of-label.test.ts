import { describe, expect, it } from "vitest";
import { asOfText, monthLabel } from "@/lib/time/as-of-label";

describe("as-of words", () => {
  it("name the month in English and with Arabic month names", () => {
    expect(asOfText("2017-10", "en")).toBe("as of October 2017");
    expect(asOfText("2017-10", "ar")).toBe("حتى أكتوبر 2017");
  });
  it("say a moving window's length", () => {
    expect(asOfText("2017-10", "en", 6)).toBe("the 6 months to October 2017");
    expect(asOfText("2017-10", "ar", 6)).toBe("آخر 6 أشهر حتى أكتوبر 2017");
  });
  it("leave a year alone as a year", () => {
    expect(monthLabel("2017", "en")).toBe("2017");
  });
});
