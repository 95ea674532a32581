import { describe, expect, it } from "vitest";
import type { PartialDate } from "@/lib/schema/article";
import { resolveDates } from "@/lib/extract/dates";

// Monday 10 July 2017.
const mon: PartialDate = { value: "2017-07-10", precision: "day", inferred: false };
const first = (s: string, pub: PartialDate | undefined = mon) => resolveDates(s, pub)[0]?.date.value;

describe("dates to the day, against the publication day", () => {
  it("a weekday is the last such day on or before publication; 'last' or 'الماضي' is strictly before", () => {
    expect(first("Iraqi forces entered the old city on Sunday")).toBe("2017-07-09");
    expect(first("on Monday")).toBe("2017-07-10");
    expect(first("last Monday")).toBe("2017-07-03");
    expect(first("وقالت الشرطة السبت إن")).toBe("2017-07-08");
    expect(first("يوم الأحد")).toBe("2017-07-09");
    expect(first("السبت الماضي")).toBe("2017-07-08");
  });
  it("Friday in Arabic needs a day word: 'صلاة الجمعة' is the prayer, not a date", () => {
    expect(first("خلال صلاة الجمعة")).toBeUndefined();
    expect(first("مساء الجمعة")).toBe("2017-07-07");
  });
  it("yesterday and the day before, in both languages", () => {
    expect(first("أمس")).toBe("2017-07-09");
    expect(first("مساء أمس")).toBe("2017-07-09");
    expect(first("أمس الأول")).toBe("2017-07-08");
    expect(first("مساء أمس الأول")).toBe("2017-07-08");
    expect(first("yesterday")).toBe("2017-07-09");
    expect(first("أمس الأحد")).toBe("2017-07-09");
  });
  it("a weekday needs a publication day to resolve", () => {
    expect(first("on Sunday", { value: "2017-07", precision: "month", inferred: false })).toBeUndefined();
  });
  it("numeric dates are day-month-year", () => {
    expect(first("يوم 31-8-2017")).toBe("2017-08-31");
    expect(first("on 9/7/2017")).toBe("2017-07-09");
    expect(resolveDates("9-7-2017", mon)[0]?.date).toEqual({ value: "2017-07-09", precision: "day", inferred: false });
  });
  it("day and month names, with the year of the latest such day not after publication", () => {
    expect(first("May 13th")).toBe("2017-05-13");
    expect(first("on 13 May")).toBe("2017-05-13");
    expect(first("September 30")).toBe("2016-09-30");
    expect(first("May 13, 2016")).toBe("2016-05-13");
    expect(first("في 13 أيار/مايو 2017")).toBe("2017-05-13");
    expect(first("1 أيلول/سبتمبر", { value: "2017-09-01", precision: "day", inferred: false })).toBe("2017-09-01");
  });
  it("Arabic ordinal number words before a month", () => {
    expect(first("في الثلاثين من سبتمبر")).toBe("2016-09-30");
    expect(first("الثالث عشر من مايو")).toBe("2017-05-13");
    expect(first("في السابع والعشرين من آب/أغسطس", { value: "2017-09-01", precision: "day", inferred: false })).toBe("2017-08-27");
    expect(first("الحادي عشر من سبتمبر 2001")).toBe("2001-09-11");
  });
  it("last month and this month are month dates", () => {
    expect(resolveDates("last month", mon)[0]?.date).toEqual({ value: "2017-06", precision: "month", inferred: true });
    expect(first("الشهر الماضي")).toBe("2017-06");
  });
  it("last week and this week are the month that holds the whole week, else its year, else no date", () => {
    expect(resolveDates("last week", mon)[0]?.date).toEqual({ value: "2017-07", precision: "month", inferred: true });
    expect(first("الأسبوع الماضي")).toBe("2017-07");
    expect(first("وفي الأسبوع المنصرم")).toBe("2017-07");
    expect(first("earlier this week")).toBe("2017-07");
    // Wednesday 2 August: last week ran from 24 to 30 July.
    expect(first("last week", { value: "2017-08-02", precision: "day", inferred: false })).toBe("2017-07");
    // Thursday 3 August: this week began on 31 July, so it is only "2017".
    expect(first("هذا الأسبوع", { value: "2017-08-03", precision: "day", inferred: false })).toBe("2017");
    // Monday 4 January 2016: last week ran from 28 December to 3 January.
    expect(first("last week", { value: "2016-01-04", precision: "day", inferred: false })).toBeUndefined();
  });
  it("'on Monday last week' is still a day, not the week", () => {
    expect(first("on Monday last week")).toBe("2017-07-03");
  });
});
