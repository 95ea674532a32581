import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A seizure told with the fighting that won it is an event of the story's day, not a state as of publication. */
const m = loadMatchers();
// Friday 3 April 2015.
const published = { value: "2015-04-03", precision: "day" as const, inferred: false };
const presenceDates = (text: string, lang: "ar" | "en") =>
  ingestText(text, { slug: "t", lang, published }, m)
    .claims.filter((c) => c.kind === "presence" && c.passageId.length > 0)
    .map((c) => c.date?.value ?? "-");

describe("a seizure told beside its casualties takes the story's day", () => {
  it("dates an Arabic 'سيطروا ... ما أسفر عن مقتل' by the day the lede told", () => {
    const text =
      "مسلحو القاعدة يقتحمون سجنا في اليمن\n\nعدن - اقتحم مسلحون من تنظيم القاعدة في جزيرة العرب أمس الخميس سجنا في مدينة المكلا.\n\nوقال مسؤول إن المسلحين سيطروا على مقر الأمن في المدينة ما أسفر عن مقتل أربعة جنود.";
    expect(presenceDates(text, "ar").at(-1)).toBe("2015-04-02");
  });

  it("reads another order: the killing first, then the seizure, in a later paragraph", () => {
    const text =
      "مسلحو القاعدة يقتحمون سجنا في اليمن\n\nعدن - اقتحم مسلحون من تنظيم القاعدة في جزيرة العرب أمس الخميس سجنا في مدينة المكلا.\n\nوأضاف المصدر أن مقتل جنديين سبق سيطرة المسلحين على مبنى الإذاعة في المكلا.";
    expect(presenceDates(text, "ar").at(-1)).toBe("2015-04-02");
  });
});
