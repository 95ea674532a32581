import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Loyalty declared, ties cut and withdrawals from a group: which way the move goes. */
const m = loadMatchers();
const published = { value: "2016-06-15", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en" = "en") =>
  ingestText(text, { slug: "t", lang, published }, m).claims.map((c) =>
    c.kind === "pledge" || c.kind === "defection" ? `${c.kind} ${c.fromActor ?? "?"}>${c.toActor ?? "?"}` : `${c.kind} ${c.actors.join(",")}`,
  );

describe("declared loyalty, severed ties and withdrawals from a group", () => {
  it("reads loyalty declared to a group, with a possessive ending, as a pledge to it", () => {
    expect(claims("أعلنت جماعة بوكو حرام ولاءها لتنظيم الدولة الإسلامية.", "ar")).toEqual(["pledge boko-haram>isis"]);
    expect(claims("أعلن مقاتلو جبهة النصرة ولاءهم لتنظيم الدولة الإسلامية.", "ar")).toEqual(["pledge al-nusra>isis"]);
  });

  it("sends a group that cut its ties with another from the group it left, whatever the order of the words", () => {
    expect(claims("Al-Nusra Front severed its ties with al-Qaeda in July.")).toEqual(["defection al-qaeda>al-nusra"]);
    expect(claims("Boko Haram cut its ties with al-Qaeda in 2014.")).toEqual(["defection al-qaeda>boko-haram"]);
    expect(claims("The Nusra Front renounced its allegiance to al-Qaeda.")).toEqual(["defection al-qaeda>al-nusra"]);
    expect(claims("فك تنظيم جبهة النصرة ارتباطه بتنظيم القاعدة.", "ar")).toEqual(["defection al-qaeda>al-nusra"]);
    expect(claims("أعلنت جبهة النصرة فك ارتباطها بتنظيم القاعدة.", "ar")).toEqual(["defection al-qaeda>al-nusra"]);
  });

  it("reads a split told with the subject between the verb and 'from' as a defection", () => {
    expect(claims("انفصلت جبهة النصرة عن تنظيم القاعدة في يوليو.", "ar")).toEqual(["defection al-qaeda>al-nusra"]);
    expect(claims("انشقت جماعة أنصارو عن بوكو حرام عام 2012.", "ar")).toEqual(["defection boko-haram>ansaru"]);
  });

  it("makes a defection of fighters leaving a named group even when where they went is not told", () => {
    expect(claims("Dozens of fighters broke away from Boko Haram last year.")).toEqual(["defection boko-haram>?"]);
    expect(claims("انشق عشرات المقاتلين عن جماعة بوكو حرام العام الماضي.", "ar")).toEqual(["defection boko-haram>?"]);
  });

  it("reads withdrawing from a group as leaving it, and withdrawing from a town as losing the town", () => {
    expect(claims("أعلن فصيل مسلح انسحابه من هيئة تحرير الشام أمس.", "ar")).toEqual(["defection hts>?"]);
    expect(claims("An armed faction said on Monday it had withdrawn from Hay'at Tahrir al-Sham.")).toEqual(["defection hts>?"]);
    expect(claims("ISIS fighters withdrew from Mosul on Sunday.")).toEqual(["territorial-loss isis"]);
    expect(claims("انسحب مقاتلو تنظيم الدولة من مدينة الموصل.", "ar")).toEqual(["territorial-loss isis"]);
  });

  it("takes no act from a cue word inside a group's name", () => {
    expect(claims("ينتشر مقاتلو هيئة تحرير الشام في محافظة إدلب.", "ar")).toEqual(["presence hts"]);
  });
});
