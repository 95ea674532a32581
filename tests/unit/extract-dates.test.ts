import { describe, expect, it } from "vitest";
import type { PartialDate } from "@/lib/schema/article";
import { parsePublished, resolveDates } from "@/lib/extract/dates";

const nov17: PartialDate = { value: "2017-11", precision: "month", inferred: true };
const jul17: PartialDate = { value: "2017-07", precision: "month", inferred: false };
const first = (s: string, pub?: PartialDate) => resolveDates(s, pub)[0]?.date;

describe("date resolution", () => {
  it("last August relative to 2017-11 is 2017-08, relative to 2017-07 is 2016-08", () => {
    expect(first("في آب / أغسطس الماضي في الجزائر", nov17)).toEqual({ value: "2017-08", precision: "month", inferred: true });
    expect(first("في آب / أغسطس الماضي", jul17)).toEqual({ value: "2016-08", precision: "month", inferred: true });
    expect(first("last August", nov17)?.value).toBe("2017-08");
    expect(first("last August", jul17)?.value).toBe("2016-08");
    // In August itself, "last August" is a year back.
    expect(first("last August", { value: "2017-08-20", precision: "day", inferred: false })?.value).toBe("2016-08");
  });
  it("resolves last October / September in both month-name systems", () => {
    expect(first("في أكتوبر الماضي", nov17)?.value).toBe("2017-10");
    expect(first("في سبتمبر / أيلول الماضي", nov17)?.value).toBe("2017-09");
    expect(first("في تشرين الأول الماضي", nov17)?.value).toBe("2017-10");
    expect(first("last October", nov17)?.value).toBe("2017-10");
  });
  it("explicit years and months are not inferred", () => {
    expect(first("في عام 2015", nov17)).toEqual({ value: "2015", precision: "year", inferred: false });
    expect(first("in 2015")).toEqual({ value: "2015", precision: "year", inferred: false });
    expect(first("in August 2017")).toEqual({ value: "2017-08", precision: "month", inferred: false });
    expect(first("في أغسطس 2017")).toEqual({ value: "2017-08", precision: "month", inferred: false });
    expect(resolveDates("في عام 2015 ، قبله داعش فقط في عام 2016").map((d) => d.date.value)).toEqual(["2015", "2016"]);
  });
  it("last year is the previous calendar year (the curated seed notes where that reading is wrong)", () => {
    expect(first("فقدت في العام الماضي", nov17)).toEqual({ value: "2016", precision: "year", inferred: true });
    expect(first("last year", nov17)?.value).toBe("2016");
  });
  it("cannot resolve relative months without a publication month", () => {
    expect(resolveDates("last August")).toEqual([]);
    expect(resolveDates("last August", { value: "2017", precision: "year", inferred: false })).toEqual([]);
  });
  it("does not read 'may' the verb or آب without context as a month", () => {
    expect(resolveDates("they may attack", nov17)).toEqual([]);
    expect(resolveDates("قال الأب إن", nov17)).toEqual([]);
  });
  it("offsets point at the date words in the original passage", () => {
    const s = "أقسموا في أكتوبر الماضي.";
    const d = resolveDates(s, nov17)[0]!;
    expect(s.slice(d.start, d.end)).toContain("أكتوبر الماضي");
  });
  it("parses --published and rejects malformed values", () => {
    expect(parsePublished("2017-11")).toEqual({ value: "2017-11", precision: "month", inferred: false });
    expect(parsePublished("2017")?.precision).toBe("year");
    expect(parsePublished("2017-02-30")).toBeNull();
    expect(parsePublished("2017-13")).toBeNull();
    expect(parsePublished("17-11")).toBeNull();
  });
  it("a part of a stated year is that year: 'in early 2015', 'mid-2016', 'منذ مطلع 2015', 'أواخر عام 2014'", () => {
    expect(first("since the group extended its insurgency in early 2015", nov17)).toEqual({ value: "2015", precision: "year", inferred: false });
    expect(first("by mid-2016 the militants had")?.value).toBe("2016");
    expect(first("until the end of 2013")?.value).toBe("2013");
    expect(first("يتخذ من المنطقة معقلا له منذ مطلع 2015", nov17)?.value).toBe("2015");
    expect(first("في أواخر عام 2014")?.value).toBe("2014");
    expect(first("خلال منتصف سنة 2016")?.value).toBe("2016");
  });
  it("the publication's year named without its number: 'earlier this year', 'منذ مطلع العام', 'العام الجاري'", () => {
    expect(first("earlier this year", nov17)).toEqual({ value: "2017", precision: "year", inferred: true });
    expect(first("معارك دامية منذ مطلع العام", nov17)?.value).toBe("2017");
    expect(first("خلال العام الجاري", nov17)?.value).toBe("2017");
    // "مطلع العام الماضي" is the year before, not this one.
    expect(first("في مطلع العام الماضي", nov17)?.value).toBe("2016");
  });
  it("a month with 'mid-', 'early' or 'late' in front is that month, even 'May'", () => {
    expect(first("in mid-May", jul17)?.value).toBe("2017-05");
    expect(first("late March", jul17)?.value).toBe("2017-03");
    expect(first("في منتصف أيار/مايو", jul17)?.value).toBe("2017-05");
    expect(first("they may attack again", jul17)).toBeUndefined();
  });
});
