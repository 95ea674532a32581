import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A presence told in the past ("once controlled", "كانت ... تسيطر") did not hold at publication. */
const m = loadMatchers();
const published = { value: "2019-03-12", precision: "day" as const, inferred: false };
const presenceDate = (text: string) => ingestText(text, { slug: "t", published }, m).claims.find((c) => c.kind === "presence")?.date?.value;

describe("past presence is not dated at publication", () => {
  it("leaves 'once controlled' / 'used to control' undated when the story gives no day", () => {
    expect(presenceDate("ISIS once controlled Mosul.")).toBeUndefined();
    expect(presenceDate("Boko Haram militants used to control the town of Gwoza.")).toBeUndefined();
  });
  it("leaves Arabic كان/كانت + a present-tense control verb undated, with the subject between them", () => {
    expect(presenceDate("كانت جماعة بوكو حرام تسيطر على بلدة غوزا.")).toBeUndefined();
    expect(presenceDate("وكان مسلحو تنظيم داعش يسيطرون على مدينة الموصل.")).toBeUndefined();
  });
  it("still dates a present state at publication and a past state by its own year", () => {
    expect(presenceDate("Boko Haram controls Gwoza.")).toBe("2019-03-12");
    expect(presenceDate("وكان تنظيم داعش يسيطر على الموصل حتى عام 2017.")).toBe("2017");
  });
});

describe("past states and the story's day", () => {
  const read = (text: string, pub: string) => ingestText(text, { slug: "t", published: { value: pub, precision: "day", inferred: false } }, m).claims;
  it("leaves 'once controlled' undated even when the story has a day of its own", () => {
    const cs = read("Syrian forces retook Palmyra from ISIS on Friday.\n\nThe militants once controlled much of Homs province.", "2019-03-12");
    expect(cs.find((c) => c.kind === "presence")?.date).toBeUndefined();
  });
  it("dates 'كان ... يختبئون' (hid there until the event) by the story's day", () => {
    const cs = read("داهمت القوات النيجيرية يوم السبت مخبأ في بلدة غوزا كان مسلحو بوكو حرام يختبئون فيه منذ أشهر.", "2019-03-12");
    expect(cs.find((c) => c.kind === "presence")?.date?.value).toBe("2019-03-09");
  });
  it("does not let a state dated at publication for want of a day ('now hold') become the story's day", () => {
    const cs = read(
      "The Taliban seized Khanabad on Sunday.\n\nThe insurgents now hold the town.\n\nThe capture came two days after an ambush by Taliban fighters in Baghlan province.",
      "2021-07-05",
    );
    expect(cs.find((c) => c.kind === "attack")?.date?.value).toBe("2021-07-02");
  });
});
