import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** "Last week" dates an event at the month that holds the week; an offset to another event ("two days after they entered") does not move it. */
const m = loadMatchers();
// Thursday 14 March 2019: last week is 4-10 March.
const published = { value: "2019-03-14", precision: "day" as const, inferred: false };
const dates = (text: string, lang: "ar" | "en") =>
  ingestText(text, { slug: "t", lang, published }, m)
    .claims.filter((c) => c.places.some((p) => p.placeId === "city:173480"))
    .map((c) => `${c.kind} ${c.date?.value ?? "-"}`);

describe("'last week' with an offset to another event", () => {
  it("keeps the month of last week in English, whichever side the offset is on", () => {
    const a =
      "IS back in Syrian town\n\nBEIRUT (wire) - Last week, Islamic State succeeded in expelling Syrian forces from Mayadin, two days after they entered the town, a monitor said.";
    expect(dates(a, "en")).toEqual(["presence 2019-03"]);
    const b = "IS back in Syrian town\n\nBEIRUT (wire) - Islamic State fighters last week drove Syrian forces out of Mayadin two days after they had entered the town.";
    expect(dates(b, "en")).toEqual(["presence 2019-03"]);
  });
  it("keeps the month of 'الأسبوع الماضي' in Arabic", () => {
    const text = "داعش يعود إلى بلدة سورية\n\nبيروت - تمكن تنظيم داعش الأسبوع الماضي من طرد القوات السورية من مدينة الميادين، بعد يومين من دخولها المدينة.";
    expect(dates(text, "ar")).toEqual(["presence 2019-03"]);
  });
});
