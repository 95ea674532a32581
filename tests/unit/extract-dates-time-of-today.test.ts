import { describe, expect, it } from "vitest";
import type { PartialDate } from "@/lib/schema/article";
import { resolveDates } from "@/lib/extract/dates";

// Tuesday 12 March 2019.
const tue: PartialDate = { value: "2019-03-12", precision: "day", inferred: false };
const first = (s: string) => resolveDates(s, tue)[0]?.date.value;

describe("a time of day with 'اليوم' / 'today' is the publication day", () => {
  it("'فجر اليوم', 'صباح اليوم', 'مساء اليوم' and 'ظهر اليوم' date an Arabic sentence at publication, with or without a conjunction", () => {
    expect(first("شن مسلحون هجوما فجر اليوم على نقطة للجيش")).toBe("2019-03-12");
    expect(first("وقتل ثلاثة جنود صباح اليوم في كمين")).toBe("2019-03-12");
    expect(first("ومساء اليوم انسحب المسلحون من القرية")).toBe("2019-03-12");
    expect(first("هاجم التنظيم البلدة ظهر اليوم")).toBe("2019-03-12");
  });
  it("'this morning', 'earlier today' and 'late today' date an English sentence at publication", () => {
    expect(first("Gunmen attacked a checkpoint this morning, police said.")).toBe("2019-03-12");
    expect(first("Earlier today militants stormed the village.")).toBe("2019-03-12");
    expect(first("The town fell to the insurgents late today.")).toBe("2019-03-12");
  });
  it("a weekday after the time of day is still that weekday, and 'the next day' or 'the first day' is no date", () => {
    expect(first("هاجم مسلحون القرية فجر اليوم الجمعة")).toBe("2019-03-08");
    expect(first("وفي صباح اليوم التالي انسحب المسلحون")).toBeUndefined();
    expect(first("قتل جنديان في اليوم الأول من الهجوم")).toBeUndefined();
  });
});

describe("a time of today is a date the story states, not one given for want of a date", () => {
  it("is not marked inferred, so the rules do not read it as the publication day a state gets by default", () => {
    expect(resolveDates("شنوا هجوما فجر اليوم", tue)[0]?.date).toEqual({ value: "2019-03-12", precision: "day", inferred: false });
    expect(resolveDates("They attacked the post this morning.", tue)[0]?.date.inferred).toBe(false);
  });
});
