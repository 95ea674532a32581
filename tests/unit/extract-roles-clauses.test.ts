import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A state's acts in one clause do not take over the next clause's subject, or a group's name. */
const m = loadMatchers();
const published = { value: "2014-07-05", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en" = "en") => ingestText(text, { slug: "t", lang, published }, m).claims.map((c) => `${c.kind} ${c.actors.join(",")}`);

describe("clauses and subjects", () => {
  it("does not make an army that withdrew in one clause the subject of 'ثم سيطروا' (then they seized) in the next", () => {
    expect(claims("انسحب الجيش من بيجي أمام تقدم مسلحي داعش، ثم سيطروا على تكريت.", "ar")).not.toContain("territorial-loss isis");
    expect(
      claims("يسيطر مقاتلو تنظيم داعش على الموصل منذ حزيران، حين انسحبت القوات الحكومية من المدينة أمام تقدمهم، ثم سيطروا في اليوم التالي على مدينة تكريت.", "ar"),
    ).not.toContain("territorial-loss isis");
  });

  it("reads soldiers withdrawing 'من القاعدة' as leaving a base, never a defection from al-Qaeda", () => {
    expect(claims("وقال ضابط إن الجنود اضطروا إلى الانسحاب من القاعدة بعد ساعات من القتال.", "ar")).toEqual([]);
    expect(claims("أعلن فصيل مسلح انسحابه من هيئة تحرير الشام أمس.", "ar")).toEqual(["defection hts"]);
  });
});

describe("recruitment is told of a place", () => {
  it("makes no recruitment claim when no place is named, and one where the place is named", () => {
    expect(claims("The Taliban are among the groups that recruit the most children, the report said.")).toEqual([]);
    expect(claims("وقال التقرير إن حركة طالبان بين أكثر الجماعات تجنيدا للأطفال.", "ar")).toEqual([]);
    expect(claims("Boko Haram recruits young men in Diffa, officials said.")).toEqual(["recruitment boko-haram"]);
    expect(claims("تجند جماعة بوكو حرام شبانا في ديفا.", "ar")).toEqual(["recruitment boko-haram"]);
  });
});
