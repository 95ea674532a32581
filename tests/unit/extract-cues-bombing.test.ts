import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/** Bombings, explosives, shelling and raids are attacks by the group that carries them out. */
const claims = claimLinesAt("2016-03-28");

describe("bombings in Arabic", () => {
  it("reads the verb 'فجر' and its inflections as an attack, verb first or subject first", () => {
    expect(claims("فجر مسلحو تنظيم القاعدة مقرا أمنيا في مدينة زنجبار يوم السبت.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
    expect(claims("وقال مسؤول إن مسلحي القاعدة فجروا مقر الشرطة في مدينة زنجبار.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
    expect(claims("وكانت حركة طالبان قد فجرت جسرا في ولاية هلمند.", "ar")).toEqual(["attack taliban @Helmand"]);
    expect(claims("ويفجر عناصر تنظيم داعش المنازل في مدينة الرمادي قبل انسحابهم منها.", "ar").filter((c) => c.startsWith("attack"))).toEqual(["attack isis @Ramadi"]);
  });

  it("does not read 'فجر' as a bombing when it means dawn", () => {
    expect(claims("دخلت قوات الجيش مدينة الرمادي فجر الاثنين بعد معارك مع تنظيم داعش.", "ar").filter((c) => c.startsWith("attack"))).toEqual([]);
    expect(claims("وهاجم مسلحو بوكو حرام قرية في ولاية بورنو بعد صلاة الفجر.", "ar")).toEqual(["attack boko-haram @Borno State"]);
  });

  it("makes an explosive device planted by the group's members its attack", () => {
    expect(claims("انفجرت عبوة ناسفة زرعها عناصر من تنظيم القاعدة في شبوة.", "ar")).toEqual(["attack al-qaeda @Shabwah"]);
    expect(claims("وفجر انتحاري من تنظيم داعش سيارة مفخخة في مدينة الرمادي.", "ar")).toEqual(["attack isis @Ramadi"]);
    expect(claims("قتل ثلاثة جنود بانفجار لغم زرعه مسلحو حركة طالبان في ولاية هلمند.", "ar")).toEqual(["attack taliban @Helmand"]);
  });

  it("reads shelling and raids by the group as its attacks", () => {
    expect(claims("قصف تنظيم داعش أحياء في مدينة دير الزور بقذائف الهاون.", "ar")).toEqual(["attack isis @Deir ez-Zor"]);
    expect(claims("أغار مسلحو بوكو حرام على قرية في ولاية بورنو.", "ar")).toEqual(["attack boko-haram @Borno State"]);
    expect(claims("وأطلق مسلحو حركة طالبان النار على نقطة تفتيش في مدينة قندوز.", "ar")).toEqual(["attack taliban @Kunduz"]);
  });

  it("reads members of the group attacking or storming, verb first, as its attack and not as its dead", () => {
    expect(claims("هاجمت عناصر من تنظيم القاعدة في جزيرة العرب نقطة عسكرية في مدينة عتق.", "ar")).toEqual(["attack aqap @Ataq"]);
    expect(claims("اقتحم انتحاريون من حركة طالبان مقر الاستخبارات في مدينة كابول.", "ar")).toEqual(["attack taliban @Kabul"]);
    expect(claims("أطلق مسلحو تنظيم داعش قذائف هاون على مدينة كركوك.", "ar")).toEqual(["attack isis @Kirkuk"]);
  });

  it("reads 'تحت وطأة القصف' and 'نزع الألغام' as someone else's fire, not the group's attack", () => {
    expect(claims("وقالت الهيئة إن مقاتلي هيئة تحرير الشام انسحبوا تحت وطأة القصف في مدينة خان شيخون.", "ar").filter((c) => c.startsWith("attack"))).toEqual([]);
    expect(claims("وبدأ الجيش نزع الألغام التي خلفها مسلحو تنظيم داعش في مدينة الرمادي.", "ar").filter((c) => c.startsWith("attack"))).toEqual([]);
  });
});

describe("arson", () => {
  it("reads burning homes and markets by the group as its attack, in both languages", () => {
    expect(claims("Boko Haram fighters torched homes in Gwoza on Sunday.")).toEqual(["attack boko-haram @Gwoza"]);
    expect(claims("Boko Haram militants set fire to a market in Damboa.")).toEqual(["attack boko-haram @Damboa"]);
    expect(claims("وأحرق مسلحو بوكو حرام عشرات المنازل في بلدة غوزا.", "ar")).toEqual(["attack boko-haram @Gwoza"]);
    expect(claims("وأضرم مسلحو بوكو حرام النار في سوق بلدة دامبوا.", "ar")).toEqual(["attack boko-haram @Damboa"]);
  });

  it("reads an army burning the group's camps as the group's presence, and a fire with no one behind it as nothing", () => {
    expect(claims("وقال الجيش إن قواته أحرقت معسكرات بوكو حرام في غابة سامبيسا.", "ar")).toEqual(["presence boko-haram @Sambisa Forest"]);
    expect(claims("The army burned down Boko Haram camps in the Sambisa forest.")).toEqual(["presence boko-haram @Sambisa Forest"]);
    expect(claims("واندلع حريق في سوق تسيطر عليه بوكو حرام في بلدة غوزا.", "ar").filter((c) => c.startsWith("attack"))).toEqual([]);
  });
});

describe("weapons left behind", () => {
  it("does not read mines or explosives a group left behind as an attack", () => {
    expect(claims("Engineers cleared landmines left by Islamic State in Ramadi.").filter((c) => c.startsWith("attack"))).toEqual([]);
    expect(claims("Islamic State fighters planted explosives in homes across Ramadi before withdrawing.").filter((c) => c.startsWith("attack"))).toEqual([]);
    expect(claims("Taliban fighters set off two bombs in Kandahar.")).toEqual(["attack taliban @Kandahār"]);
  });
});

describe("shots into the air", () => {
  it("does not read firing into the air as an attack, in either language", () => {
    expect(claims("وقال أحد السكان إن مسلحي بوكو حرام دخلوا مدينة مايدوغوري وأطلقوا النار في الهواء.", "ar")).toEqual(["presence boko-haram @Maiduguri"]);
    expect(claims("Boko Haram gunmen entered Maiduguri and fired into the air.")).toEqual(["presence boko-haram @Maiduguri"]);
    expect(claims("Boko Haram gunmen opened fire in the air in Maiduguri.")).toEqual([]);
    expect(claims("Boko Haram gunmen opened fire on worshippers in Maiduguri.")).toEqual(["attack boko-haram @Maiduguri"]);
  });

  it("does not read a ceasefire (وقف إطلاق النار) as shooting", () => {
    expect(claims("وأعلنت حركة طالبان وقف إطلاق النار في ولاية هلمند خلال عيد الفطر.", "ar")).toEqual([]);
    expect(claims("واتفقت هيئة تحرير الشام على وقف لإطلاق النار في محافظة إدلب.", "ar")).toEqual([]);
    expect(claims("وخرق مسلحو تنظيم داعش اتفاق وقف إطلاق النار في مدينة الرمادي.", "ar").filter((c) => c.startsWith("attack"))).toEqual([]);
  });
});

describe("bombings in English", () => {
  it("reads blowing up, detonating, setting off and a suicide bomber from the group as its attack", () => {
    expect(claims("Taliban fighters blew up a bridge in Helmand province.")).toEqual(["attack taliban @Helmand"]);
    expect(claims("Boko Haram detonated explosives at a market in Maiduguri.")).toEqual(["attack boko-haram @Maiduguri"]);
    expect(claims("Boko Haram militants set off a car bomb in Maiduguri.")).toEqual(["attack boko-haram @Maiduguri"]);
    expect(claims("A suicide bomber from Islamic State struck a mosque in Kirkuk.")).toEqual(["attack isis @Kirkuk"]);
  });

  it("reads shelling, targeting and opening fire by the group as its attack", () => {
    expect(claims("Islamic State shelled neighbourhoods of Deir ez-Zor on Sunday.")).toEqual(["attack isis @Deir ez-Zor"]);
    expect(claims("Islamic State targeted a checkpoint in Ramadi.")).toEqual(["attack isis @Ramadi"]);
    expect(claims("Taliban gunmen opened fire on a police post in Kunduz.")).toEqual(["attack taliban @Kunduz"]);
  });

  it("reads fighters 'of' the group as its men, the subject of the attack", () => {
    expect(claims("Fighters of Boko Haram attacked Maiduguri on Saturday.")).toEqual(["attack boko-haram @Maiduguri"]);
    expect(claims("Twenty fighters of Islamic State were killed in an air strike in Raqqa.")).toEqual(["presence isis @Raqqa"]);
  });
});
