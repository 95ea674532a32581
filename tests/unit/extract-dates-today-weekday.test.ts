import { describe, expect, it } from "vitest";
import type { PartialDate } from "@/lib/schema/article";
import { resolveDates } from "@/lib/extract/dates";

// Tuesday 12 March 2019: a wire's "today" weekday may be a day or more behind its stored date.
const tue: PartialDate = { value: "2019-03-12", precision: "day", inferred: false };
const first = (s: string) => resolveDates(s, tue)[0]?.date.value;

describe("'اليوم' before a weekday names that weekday, not the publication day", () => {
  it("'اليوم الجمعة' is the last Friday when the story is published on a Tuesday", () => {
    expect(first("هاجم مسلحون القرية اليوم الجمعة")).toBe("2019-03-08");
    expect(first("وأعلنت الشرطة، اليوم الجمعة، مقتل ثلاثة")).toBe("2019-03-08");
  });
  it("other weekdays after 'اليوم' resolve the same way, with the day itself when it is the publication's", () => {
    expect(first("قتل جنديان اليوم السبت")).toBe("2019-03-09");
    expect(first("وقال مصدر اليوم الثلاثاء إن")).toBe("2019-03-12");
  });
  it("Friday prayers after 'اليوم' stay a prayer, not a date", () => {
    expect(first("بعد صلاة الجمعة اليوم")).toBeUndefined();
  });
});
