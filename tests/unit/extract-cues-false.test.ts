import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/**
 * Words that look like cues and are not: a soldier (جندي) is no recruiting (تجنيد), a
 * governorate is no governor, "launching attacks" that happened are no threat. And loss cues
 * the rules missed: stripped of (تجريد), dislodged, evicted, a string of defeats (هزائم).
 */
const claims = claimLinesAt("2019-05-17");

describe("soldiers are not recruits", () => {
  it("makes no recruitment of a soldier killed or wounded (جندي، الجندي، جنديا، جنديين)", () => {
    expect(claims("قتل 11 جندي عراقي في هجوم شنه تنظيم داعش في مدينة تكريت.", "ar")).toEqual(["attack isis @Tikrit"]);
    expect(claims("أصيب الجندي بجروح في هجوم لتنظيم القاعدة في مدينة زنجبار.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
    expect(claims("قتل جنديين في كمين نصبه مسلحو داعش قرب مدينة بيجي.", "ar")).toEqual(["attack isis @Baiji"]);
  });

  it("still reads a group enlisting children (تجند، جندت، تجنيد) as recruitment", () => {
    expect(claims("تجند جماعة بوكو حرام الأطفال في بلدة دامبوا.", "ar")).toEqual(["recruitment boko-haram @Damboa"]);
    expect(claims("جندت جماعة بوكو حرام مئات الفتيان في بلدة دامبوا.", "ar")).toEqual(["recruitment boko-haram @Damboa"]);
    expect(claims("ويواصل تنظيم داعش تجنيد الشبان في مدينة الرقة.", "ar")).toEqual(["recruitment isis @Raqqa"]);
  });
});

describe("a governorate is a place, not a governor", () => {
  it("keeps the province of 'the X Governorate' as the claim's place", () => {
    expect(claims("The Islamic State launched an assault in the Deir ez-Zor Governorate on Tuesday.")).toEqual(["attack isis @Deir ez-Zor"]);
    expect(claims("ISIS fighters attacked villages across the Raqqa Governorate.")).toEqual(["attack isis @Al-Raqqah"]);
  });
});

describe("loss cues: stripped of, dislodged, evicted, defeats", () => {
  it("reads dislodging and evicting a group from a town as its loss", () => {
    expect(claims("Iraqi troops dislodged Islamic State fighters from Baiji on Friday.")).toEqual(["territorial-loss isis @Baiji"]);
    expect(claims("Kurdish forces evicted ISIS from Sinjar last year.")).toEqual(["territorial-loss isis @Sinjar"]);
  });

  it("reads stripping a group of its territory (تجريد، تجريده) as its loss", () => {
    expect(claims("ونجحت القوات العراقية في تجريد تنظيم داعش من آخر معاقله في مدينة بيجي.", "ar")).toEqual(["territorial-loss isis @Baiji"]);
    expect(claims("مني تنظيم داعش بهزائم متتالية في مدينة سنجار وصولا إلى تجريده من كل مناطق سيطرته.", "ar")).toEqual(["territorial-loss isis @Sinjar"]);
  });
});

describe("fighting in named provinces", () => {
  it("reads army victories in confrontation with a group in provinces as the group's presence there", () => {
    const out = claims("وأحرزت القوات الحكومية انتصارات في مواجهة مسلحي القاعدة في محافظات عدن وأبين ولحج.", "ar");
    expect(out.every((c) => c.startsWith("presence al-qaeda"))).toBe(true);
    expect(out.join()).toContain("Abyan");
  });

  it("makes no threat of attacks a group went on to launch ('ما دفع التنظيم لشن هجمات')", () => {
    expect(claims("وطرد الجيش مسلحي القاعدة من مدينة زنجبار، ما دفع التنظيم لشن هجمات مضادة.", "ar").filter((c) => c.startsWith("threat"))).toEqual([]);
    expect(claims("ودعا زعيم تنظيم داعش أنصاره إلى شن هجمات في مدينة الرقة.", "ar")).toEqual(["threat isis @Raqqa"]);
  });
});
