import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/**
 * The kind of a claim follows its agent, wherever the text names it: after a verb of doing
 * ("نفذهما", "على أيدي") with the group's members between, in a relative clause, inside a
 * quotation, or as "dozens of X fighters" before an English verb. Soldiers and positions that
 * come after the verb are the targets, never the agent.
 */
const claims = claimLinesAt("2019-05-17");
const kinds = (text: string, lang: "ar" | "en" = "en") => [...new Set(claims(text, lang).map((c) => c.split(" ")[0]))];

describe("an attack whose agent follows a verb of doing, with the group's members between", () => {
  it("reads 'هجومان نفذهما عناصر من القاعدة' as al-Qaeda's attack, not its presence", () => {
    expect(claims("وقع هجومان نفذهما عناصر من تنظيم القاعدة ضد نقطتين للجيش في مدينة زنجبار.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
    expect(claims("أسفر هجوم نفذه مسلحو تنظيم داعش على موقع للشرطة في مدينة تكريت عن مقتل ثلاثة.", "ar")).toEqual(["attack isis @Tikrit"]);
  });

  it("reads people killed 'على أيدي عناصر من' a group as that group's attack", () => {
    expect(claims("قتل 12 قرويا على أيدي عناصر من جماعة بوكو حرام في بلدة دامبوا.", "ar")).toEqual(["attack boko-haram @Damboa"]);
    expect(claims("قتل سبعة مزارعين على يد مسلحين من جماعة بوكو حرام قرب بلدة دامبوا.", "ar")).toEqual(["attack boko-haram @Damboa"]);
    expect(claims("وقال مسؤول إن 20 شخصا قتلوا في وقت متأخر من مساء الخميس على أيدي عناصر من جماعة بوكو حرام في بلدة دامبوا.", "ar")).toEqual(["attack boko-haram @Damboa"]);
  });

  it("reads a province named before 'killed ... in an attack' on a town of it as the frame of one attack, not a second", () => {
    expect(claims("وفي محافظة صلاح الدين، قتل خمسة جنود في هجوم نفذه عناصر من تنظيم داعش على حاجز عند مدخل مدينة تكريت.", "ar")).toEqual(["attack isis @Saladin,Tikrit"]);
  });

  it("reads a relative clause after a group and its adjective ('بوكو حرام المتشددة الذين أحرقوا') as the group's act", () => {
    expect(kinds("هاجم القرية مسلحون من جماعة بوكو حرام المتشددة الذين أحرقوا عشرات المنازل في بلدة دامبوا.", "ar")).toEqual(["attack"]);
    expect(kinds("وصل عناصر من تنظيم داعش الإرهابي الذين فجروا مقر الشرطة في مدينة تكريت.", "ar")).toEqual(["attack"]);
  });

  it("reads members of a group inside a quotation as the subject of the verb after them", () => {
    expect(claims('وقال ضابط في الجيش إن "عناصر من داعش هاجموا نقطة للجيش قرب مدينة تكريت".', "ar")).toEqual(["attack isis @Tikrit"]);
    expect(claims("وأضاف المصدر أن «مسلحين من القاعدة هاجموا دورية للشرطة في مدينة زنجبار».", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
  });

  it("reads a bomb planted by a group's members as its attack, and the soldier it killed as no recruit", () => {
    expect(claims("قتل جندي في انفجار عبوة ناسفة زرعها مسلحون من تنظيم داعش في مدينة تكريت.", "ar")).toEqual(["attack isis @Tikrit"]);
    expect(claims("أصيب جنديان بانفجار عبوة ناسفة زرعها عناصر القاعدة على طريق في مدينة زنجبار.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
  });

  it("reads 'dozens of X fighters attacked <buildings>' as X's attack, never the buildings' owners attacking", () => {
    expect(claims("Dozens of Taliban fighters attacked government offices in Ghazni on Sunday.")).toEqual(["attack taliban @Ghazni"]);
    expect(claims("Scores of Boko Haram gunmen stormed police posts in Damboa overnight.")).toEqual(["attack boko-haram @Damboa"]);
  });

  it("reads military positions (موقعين عسكريين) after the verb as the target, not soldiers acting", () => {
    expect(claims("هاجم مسلحو القاعدة موقعين عسكريين في مدينة زنجبار فجر الخميس.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
    expect(claims("استهدف تنظيم داعش مقرين عسكريين قرب مدينة تكريت بسيارتين مفخختين.", "ar")).toEqual(["attack isis @Tikrit"]);
  });
});

describe("a second verb coordinated with the first shares its subject", () => {
  it("reads 'X attacked government buildings ... and captured the town' as X's attack and presence, never X's loss", () => {
    expect(claims("Dozens of Taliban fighters attacked government buildings in Ghazni on Sunday and may have captured the whole town.")).toEqual([
      "attack taliban @Ghazni",
      "presence taliban @Ghazni",
    ]);
    expect(claims("Boko Haram gunmen raided police posts in Damboa and then seized the town.")).toEqual(["attack boko-haram @Damboa", "presence boko-haram @Damboa"]);
  });
});

describe("a group's own forces are not a state", () => {
  it("reads 'militant forces' and '<group> forces' capturing a town as the group's presence", () => {
    expect(claims("Taliban forces captured Ghazni on Monday.")).toEqual(["presence taliban @Ghazni"]);
    expect(claims("Islamic State said its militant forces managed to capture the town of Hajin.")).toEqual(["presence isis @Hajin"]);
    expect(claims("سيطرت قوات تنظيم داعش على مدينة تدمر.", "ar")).toEqual(["presence isis @Palmyra"]);
  });

  it("still reads government forces capturing a town from a group as the group's loss", () => {
    expect(claims("Government forces captured Ghazni from the Taliban on Monday.")).toEqual(["territorial-loss taliban @Ghazni"]);
  });
});
