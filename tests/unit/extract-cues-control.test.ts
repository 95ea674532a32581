import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/**
 * Seizing, entering and being active somewhere are presence; storming and raiding are attacks.
 * Who enters matters: a group entering a town is there, an army entering it says nothing of the group.
 */
const claims = claimLinesAt("2016-03-28");

describe("seizing and entering", () => {
  it("reads 'took over', 'taken over' and 'invaded' by a group as its presence", () => {
    expect(claims("Boko Haram took over a town in Borno state on Saturday.")).toEqual(["presence boko-haram @Borno State"]);
    expect(claims("The Taliban have taken over Kunduz.")).toEqual(["presence taliban @Kunduz"]);
    expect(claims("Boko Haram invaded Damboa on Saturday.")).toEqual(["presence boko-haram @Damboa"]);
  });

  it("reads 'احتل' and 'فرض/بسط سيطرته' by a group as its presence", () => {
    expect(claims("احتل مسلحو تنظيم داعش مدينة الرمادي.", "ar")).toEqual(["presence isis @Ramadi"]);
    expect(claims("فرضت حركة طالبان سيطرتها على مدينة قندوز.", "ar")).toEqual(["presence taliban @Kunduz"]);
    expect(claims("وبسط تنظيم داعش سيطرته على مدينة الرمادي.", "ar")).toEqual(["presence isis @Ramadi"]);
  });

  it("reads a group entering a town, verb first or subject first, as its presence", () => {
    expect(claims("دخل مسلحو بوكو حرام مدينة مايدوغوري يوم السبت.", "ar")).toEqual(["presence boko-haram @Maiduguri"]);
    expect(claims("وقال سكان إن عناصر من تنظيم داعش دخلوا مدينة الرمادي.", "ar")).toEqual(["presence isis @Ramadi"]);
    expect(claims("Boko Haram fighters entered Maiduguri on Saturday.")).toEqual(["presence boko-haram @Maiduguri"]);
  });

  it("reads a group sweeping, advancing or rolling into a town, or wresting control of it, as its presence", () => {
    expect(claims("Islamic State fighters swept into Ramadi on Sunday.")).toEqual(["presence isis @Ramadi"]);
    expect(claims("Islamic State militants advanced into Ramadi on Sunday.")).toEqual(["presence isis @Ramadi"]);
    expect(claims("Boko Haram fighters rolled into Damboa on pickup trucks.")).toEqual(["presence boko-haram @Damboa"]);
    expect(claims("The Taliban wrested control of Kunduz on Monday.")).toEqual(["presence taliban @Kunduz"]);
  });

  it("reads a group infiltrating a town (تسلل، توغل، infiltrated) as its presence, and troops infiltrating as no claim", () => {
    expect(claims("تسلل مسلحون من تنظيم داعش إلى مدينة كركوك فجر الجمعة.", "ar")).toEqual(["presence isis @Kirkuk"]);
    expect(claims("وتوغل مقاتلو حركة طالبان في مدينة قندوز.", "ar")).toEqual(["presence taliban @Kunduz"]);
    expect(claims("Islamic State militants infiltrated Kirkuk before dawn on Friday.")).toEqual(["presence isis @Kirkuk"]);
    expect(claims("وتسللت القوات الخاصة إلى مدينة الرمادي التي يسيطر عليها تنظيم داعش.", "ar").filter((c) => !c.startsWith("presence"))).toEqual([]);
  });

  it("reads an army advancing into a town as no claim of its own, and the group dug in there as present", () => {
    expect(claims("Iraqi troops advanced into Ramadi, where Islamic State fighters had dug in.")).toEqual(["presence isis @Ramadi"]);
    expect(claims("Iraqi troops advanced into Ramadi on Sunday.", "en")).toEqual([]);
  });

  it("makes no claim of an army entering a town, nor of a group entering talks", () => {
    expect(claims("Iraqi troops entered Ramadi on Sunday, where Islamic State fighters had been based.").filter((c) => !c.startsWith("presence"))).toEqual([]);
    expect(claims("The Taliban entered talks with the government in Doha.")).toEqual([]);
    expect(claims("وتدخل الجيش النيجيري في ولاية بورنو لمواجهة بوكو حرام.", "ar").filter((c) => c.startsWith("attack"))).toEqual([]);
  });

  it("reads storming and raiding as attacks, in both languages", () => {
    expect(claims("Boko Haram militants stormed the town of Gubio on Saturday.")).toEqual(["attack boko-haram @Gubio"]);
    expect(claims("ISWAP fighters raided Monguno on Sunday.")).toEqual(["attack iswap @Monguno"]);
    expect(claims("اقتحم مسلحو تنظيم داعش مدينة الرمادي.", "ar")).toEqual(["attack isis @Ramadi"]);
  });
});

describe("falling into a group's hands", () => {
  it("reads a town that fell into the hands of a group (بيد، في أيدي، into the hands of) as the group's presence, not its loss", () => {
    expect(claims("سقطت مدينة قندوز بيد حركة طالبان يوم الاثنين.", "ar")).toEqual(["presence taliban @Kunduz"]);
    expect(claims("وسقطت مدينة الرمادي في أيدي مسلحي تنظيم داعش.", "ar")).toEqual(["presence isis @Ramadi"]);
    expect(claims("Kunduz fell into the hands of the Taliban on Monday.")).toEqual(["presence taliban @Kunduz"]);
  });

  it("still reads the fall of a group's town, with no hands it fell into, as its loss", () => {
    expect(claims("وسقطت مدينة الرمادي، معقل تنظيم داعش، بعد معارك استمرت أسابيع.", "ar").filter((c) => c.startsWith("presence"))).toEqual([]);
  });

  it("reads passive seizures and raids with 'by' as the group's", () => {
    expect(claims("Damboa was taken over by Boko Haram on Saturday.")).toEqual(["presence boko-haram @Damboa"]);
    expect(claims("Ramadi was overrun by Islamic State fighters on Sunday.")).toEqual(["presence isis @Ramadi"]);
    expect(claims("Gubio was stormed by Boko Haram gunmen on Saturday.")).toEqual(["attack boko-haram @Gubio"]);
  });
});

describe("what seizing is not", () => {
  it("reads 'the military airport' (المطار العسكري) as a place, not soldiers who take the town from the group", () => {
    expect(claims("وقال المرصد إن عناصر تنظيم داعش اقتحموا سجن تدمر والمطار العسكري القريب منه، وبسطوا سيطرتهم على معظم أحياء مدينة تدمر.", "ar")).toEqual([
      "attack isis @Palmyra",
      "presence isis @Palmyra",
    ]);
  });

  it("makes no loss of people the group forced to flee", () => {
    expect(claims("Boko Haram fighters stormed Gwoza on Aug. 6, killing dozens of residents and forcing thousands to flee into the mountains.")).toEqual([
      "attack boko-haram @Gwoza",
    ]);
    expect(claims("Islamic State militants shelled Kobani, causing tens of thousands of Kurds to flee across the border.").filter((c) => c.startsWith("territorial-loss"))).toEqual(
      [],
    );
    expect(claims("وهاجم مسلحو بوكو حرام بلدة غوزا وأجبروا آلاف السكان على الفرار إلى الجبال.", "ar").filter((c) => c.startsWith("territorial-loss"))).toEqual([]);
  });

  it("keeps a group's entry into a town beside the raids it launched from there", () => {
    expect(claims("Boko Haram fighters entered Damasak in November, using it as a base for raids into Niger's Diffa region.")).toContain("presence boko-haram @Damasak");
  });
});

describe("activity", () => {
  it("reads 'ينشط'/'تنشط' with the group as subject, before or after the verb, as presence", () => {
    expect(claims("تنشط عناصر مسلحة من تنظيم القاعدة في محافظة شبوة.", "ar")).toEqual(["presence al-qaeda @Shabwah"]);
    expect(claims("وينشط مقاتلو حركة طالبان في ولاية هلمند منذ سنوات.", "ar")).toEqual(["presence taliban @Helmand"]);
    expect(claims("ولا تزال خلايا تابعة لتنظيم داعش تنشط في محافظة الأنبار.", "ar")).toEqual(["presence isis @Al Anbar"]);
  });

  it("reads 'hold sway', 'operate in' and 'has been operating' as presence", () => {
    expect(claims("The Taliban hold sway over much of Helmand province.")).toEqual(["presence taliban @Helmand"]);
    expect(claims("Boko Haram still holds sway in parts of Borno state.")).toEqual(["presence boko-haram @Borno State"]);
    expect(claims("Al-Qaeda militants operate in Shabwa province.")).toEqual(["presence al-qaeda @Shabwah"]);
    expect(claims("Islamic State has been operating in Anbar province.")).toEqual(["presence isis @Al Anbar"]);
  });
});
