import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Which date of a passage dates a claim: relative clauses, and "the year" named earlier. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const dates = (text: string, lang: "ar" | "en") => ingestText(text, { slug: "t", lang, published }, m).claims.map((c) => `${c.kind} ${c.actors.join("+")} ${c.date?.value ?? "-"}`);

describe("claim dates in context", () => {
  it("does not date an event by a date inside a relative clause about something else", () => {
    expect(dates("The report, which was published on Thursday, said Boko Haram recruited hundreds of children in Borno state in 2015.", "en")).toEqual([
      "recruitment boko-haram 2015",
    ]);
  });

  it("dates 'during the year' / 'خلال العام' by the year the article last named", () => {
    expect(
      dates("قال تقرير أممي نشر يوم الخميس إن الجماعات المسلحة جندت أطفالا خلال عام 2015.\n\nوأفاد التقرير بأن تنظيم داعش جند خلال العام مئات الأطفال في محافظة نينوى.", "ar"),
    ).toContain("recruitment isis 2015");
  });
});
