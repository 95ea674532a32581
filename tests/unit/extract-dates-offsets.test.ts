import { describe, expect, it } from "vitest";
import type { PartialDate } from "@/lib/schema/article";
import { findOffsets, isReportingDate, resolveDates, shiftDate } from "@/lib/extract/dates";

/** Durations between two events ("two weeks after"), and dates that belong to a statement. */
const fri: PartialDate = { value: "2017-11-17", precision: "day", inferred: false };
const moved = (text: string, base: PartialDate = fri) => {
  const o = findOffsets(text)[0];
  return o ? shiftDate(base, o)?.value : undefined;
};

describe("offsets between events", () => {
  it("what follows 'N weeks/days after' happened that long before the other event, in both languages", () => {
    expect(moved("two weeks after recapturing the nearby border town of al-Qaim")).toBe("2017-11-03");
    expect(moved("The attack came a week after Iraqi forces declared Falluja retaken")).toBe("2017-11-10");
    expect(moved("3 days after the militants overran the base")).toBe("2017-11-14");
    expect(moved("بعد أسبوعين من دخول القوات الحكومية مدينة زنجبار")).toBe("2017-11-03");
    expect(moved("وجاء الهجوم بعد يومين من سيطرة المسلحين على البلدة")).toBe("2017-11-15");
    expect(moved("بعد ثلاثة أيام من طرد التنظيم")).toBe("2017-11-14");
  });
  it("'before' moves the other way, and hours keep the same day", () => {
    expect(moved("a week before the group seized the town")).toBe("2017-11-24");
    expect(moved("قبل أسبوع من سقوط المدينة")).toBe("2017-11-24");
    expect(moved("بعد ساعات من الهجوم")).toBe("2017-11-17");
    expect(moved("hours after the bombing")).toBeUndefined();
  });
  it("months move a month date; days need a day to move", () => {
    expect(moved("two months after the fall of the city", { value: "2017-01", precision: "month", inferred: false })).toBe("2016-11");
    expect(moved("بعد شهرين من سقوط المدينة")).toBe("2017-09");
    expect(moved("a week after the raid", { value: "2017-11", precision: "month", inferred: false })).toBeUndefined();
  });
  it("'later' and a bare 'بعد يومين' are not offsets to an event named after them", () => {
    expect(findOffsets("Two weeks later, the army retook the town")).toEqual([]);
    expect(findOffsets("وبعد يومين استعاد الجيش البلدة")).toEqual([]);
  });
});

describe("dates of statements", () => {
  const sun: PartialDate = { value: "2015-07-19", precision: "day", inferred: false };
  const reporting = (text: string) => resolveDates(text, sun).map((d) => `${d.date.value}${isReportingDate(text, d) ? " (said)" : ""}`);
  it("a date right after a verb of saying dates the statement, in both languages", () => {
    expect(reporting("ISGS claimed responsibility on Thursday for an attack in which 71 soldiers were killed on Tuesday")).toEqual(["2015-07-16 (said)", "2015-07-14"]);
    expect(reporting("Baghdadi died in the raid, President Trump said on Sunday.")).toEqual(["2015-07-19 (said)"]);
    expect(reporting("وتبنى التنظيم الهجوم في بيان نشر على الإنترنت أمس السبت")).toEqual(["2015-07-18 (said)"]);
    expect(reporting("وقالت الشرطة السبت إن المسلحين هاجموا القرية مساء الجمعة")).toEqual(["2015-07-18 (said)", "2015-07-17"]);
  });
  it("an event's own date is not a statement's", () => {
    expect(reporting("Militants attacked the village on Saturday")).toEqual(["2015-07-18"]);
    expect(reporting("هاجم مسلحون القرية مساء الجمعة")).toEqual(["2015-07-17"]);
  });
});
