import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/**
 * A place that falls to a group, or that someone loses to it, is the group's gain (its
 * presence), never its loss; a group that expels troops from a town holds it. An attack that
 * failed, or an ouster someone is only trying, takes nothing from anyone.
 */
const claims = claimLinesAt("2019-05-17");

describe("falling to a group and losing to it", () => {
  it("reads 'X fell to / has fallen to the group' as the group's presence", () => {
    expect(claims("Ghazni fell to the Taliban on Monday after days of fighting.")).toEqual(["presence taliban @Ghazni"]);
    expect(claims("The Taliban pushed into Kunduz. The city has already fallen to the insurgents and the police have fled the area.")).not.toContain(
      "territorial-loss taliban @Kunduz",
    );
  });

  it("reads police fleeing a town that fell to a group as no loss of the group named in the next sentence", () => {
    const out = claims('Taliban fighters pushed into Kunduz. "The city has fallen and the police have fled the area." The insurgents are also attacking Ghazni.');
    expect(out.filter((c) => c.startsWith("territorial-loss"))).toEqual([]);
    expect(claims("The retreat of the Taliban from Ghazni surprised officials.")).toEqual(["territorial-loss taliban @Ghazni"]);
  });

  it("reads a government losing a town to a group as the group's presence, in both languages", () => {
    expect(claims("The Afghan government lost Kunduz to the Taliban on Monday.")).toEqual(["presence taliban @Kunduz"]);
    expect(claims("فقدت القوات الحكومية السيطرة على مدينة قندوز لصالح حركة طالبان.", "ar")).toEqual(["presence taliban @Kunduz"]);
    expect(claims("وخسر الجيش مدينة غزني لصالح مقاتلي طالبان.", "ar")).toEqual(["presence taliban @Ghazni"]);
  });

  it("keeps the gain beside the attack that won it ('lost X to the group after an attack')", () => {
    expect(claims("Iraqi forces lost Ramadi to Islamic State on Sunday after the militants stormed the city.")).toEqual(["presence isis @Ramadi", "attack isis @Ramadi"]);
    expect(claims("فقدت القوات الحكومية السيطرة على مدينة غزني لصالح حركة طالبان بعد هجوم شنه مقاتلو الحركة.", "ar")).toEqual([
      "presence taliban @Ghazni",
      "attack taliban @Ghazni",
    ]);
  });

  it("reads the noun of falling into a group's hands (سقوط X بيد) as the group's presence", () => {
    expect(claims("سقوط مدينة الرمادي بيد تنظيم داعش", "ar")).toEqual(["presence isis @Ramadi"]);
    expect(claims("وجاء سقوط قندوز في أيدي حركة طالبان بعد أيام من القتال.", "ar")).toEqual(["presence taliban @Kunduz"]);
  });

  it("reads a group expelling troops from a town as the group's presence there", () => {
    expect(claims("Islamic State succeeded in expelling Syrian troops from Palmyra.")).toEqual(["presence isis @Palmyra"]);
    expect(claims("Islamic State militants drove government forces out of Palmyra on Sunday.")).toEqual(["presence isis @Palmyra"]);
    expect(claims("وتمكن تنظيم داعش من طرد قوات النظام من مدينة تدمر.", "ar")).toEqual(["presence isis @Palmyra"]);
  });

  it("reads an attack that troops foiled as an attack, and attackers forced to flee as no loss", () => {
    expect(claims("أحبطت قوات الأمن هجوما لمسلحي تنظيم القاعدة على مدينة زنجبار، وإجبار الآخرين على الفرار.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
    expect(claims("أحبط الجيش هجوما لتنظيم داعش على مدينة تكريت وأرغم المهاجمين على الفرار.", "ar")).toEqual(["attack isis @Tikrit"]);
  });

  it("reads an ouster that forces are only trying as no loss", () => {
    expect(claims("Iraqi forces are trying to oust Islamic State militants from Baiji.")).not.toContain("territorial-loss isis @Baiji");
    expect(claims("Troops were attempting to retake Ghazni from the Taliban on Monday.")).not.toContain("territorial-loss taliban @Ghazni");
  });

  it("reads a capture the group managed or was able to make as its presence", () => {
    expect(claims("Islamic State fighters managed to capture Hajin on Tuesday.")).toEqual(["presence isis @Hajin"]);
    expect(claims("The Taliban were able to seize Ghazni within hours.")).toEqual(["presence taliban @Ghazni"]);
  });
});

describe("surrender", () => {
  it("reads troops surrendering to a group as the group's gain, in both languages", () => {
    expect(claims("More than 200 soldiers surrendered to the Taliban in Faryab province on Thursday.")).toEqual(["presence taliban @Faryab"]);
    expect(claims("واستسلم عشرات الجنود لمسلحي حركة طالبان في ولاية فارياب.", "ar")).toEqual(["presence taliban @Faryab"]);
    // "ستسلم" (will hand over) is no surrender.
    expect(claims("وأعلنت هيئة تحرير الشام أنها ستسلم إدارة معبر باب الهوى إلى جهة مدنية في مدينة إدلب.", "ar")).not.toContain("territorial-loss hts @Idlib");
  });

  it("reads a group's fighters surrendering to troops as the group's loss", () => {
    expect(claims("Hundreds of Islamic State fighters surrendered to Kurdish forces in Raqqa on Tuesday.")).toEqual(["territorial-loss isis @Raqqa"]);
  });
});
