import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Soldiers who were killed are victims, never the agent; a common noun is not a group's name. */
const m = loadMatchers();
const published = { value: "2016-03-28", precision: "day" as const, inferred: false };
const run = (text: string, lang: "ar" | "en" = "en") => ingestText(text, { slug: "t", lang, published }, m);
const claims = (text: string, lang: "ar" | "en" = "en") => {
  const r = run(text, lang);
  const name = (id: string) => r.places.find((p) => p.id === id)?.nameEn ?? id;
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => name(p.placeId)).join(",") || "-"}`);
};

describe("killed soldiers are victims of the group's attack", () => {
  it("reads 'مقتل N جنود في/بهجوم لـX' as X's attack, not X's presence", () => {
    expect(claims("مقتل 4 جنود في هجوم لتنظيم القاعدة في شبوة.", "ar")).toEqual(["attack al-qaeda @Shabwah"]);
    expect(claims("مقتل أربعة جنود بهجوم لتنظيم القاعدة في محافظة شبوة.", "ar")).toEqual(["attack al-qaeda @Shabwah"]);
    expect(claims("مقتل ثلاثة من رجال الشرطة في تفجير لحركة طالبان في ولاية هلمند.", "ar")).toEqual(["attack taliban @Helmand"]);
  });

  it("reads soldiers who were killed, passive or unvowelled, as victims and not as a state acting", () => {
    expect(claims("قتل ضابط وأربعة جنود في هجوم لداعش في مدينة الرمادي.", "ar")).toEqual(["attack isis @Ramadi"]);
    expect(claims("أربعة جنود قتلوا في هجوم شنه تنظيم داعش على مدينة الرمادي.", "ar")).toEqual(["attack isis @Ramadi"]);
    expect(claims("Four soldiers were killed in an al-Qaeda attack in Shabwa province.")).toEqual(["attack al-qaeda @Shabwah"]);
    expect(claims("The killing of four soldiers in an Islamic State attack in Ramadi drew condemnation.")).toEqual(["attack isis @Ramadi"]);
  });

  it("still reads the death of the group's own leader or members as its presence, and soldiers who kill as a state acting", () => {
    expect(claims("مقتل زعيم تنظيم القاعدة في غارة أمريكية في محافظة شبوة.", "ar")).toEqual(["presence al-qaeda @Shabwah"]);
    expect(claims("مقتل 20 من عناصر داعش في غارة جوية على مدينة الرقة.", "ar")).toEqual(["presence isis @Raqqa"]);
    expect(claims("Soldiers killed twenty Islamic State fighters in Ramadi.")).toEqual(["presence isis @Ramadi"]);
  });
});

describe("blame", () => {
  it("reads an attack blamed on or attributed to a group as the group's attack", () => {
    expect(claims("The attack in Maiduguri was blamed on Boko Haram.")).toEqual(["attack boko-haram @Maiduguri"]);
    expect(claims("The bombing in Maiduguri was attributed to Boko Haram.")).toEqual(["attack boko-haram @Maiduguri"]);
    expect(claims("Officials blamed Boko Haram for the bombing in Maiduguri.")).toEqual(["attack boko-haram @Maiduguri"]);
  });
});

describe("generic nouns", () => {
  it("does not read 'an Islamic state' written in lower case as the Islamic State group", () => {
    expect(run("The militants want to establish an Islamic state in Borno state, where Boko Haram is active.").claims.flatMap((c) => c.actors)).toEqual(["boko-haram"]);
    expect(run("Boko Haram fighters say they are fighting to create an Islamic state across Borno state.").actors.map((a) => a.id)).toEqual(["boko-haram"]);
  });

  it("still reads a proper name written carelessly in lower case ('Boko haram') as the group", () => {
    expect(run("Boko haram fighters attacked Maiduguri on Sunday.").actors.map((a) => a.id)).toEqual(["boko-haram"]);
  });

  it("reads 'Islamic State' capitalised, in a Title-Case or upper-case headline too, as the group", () => {
    expect(claims("Islamic State Fighters Seize Ramadi")).toEqual(["presence isis @Ramadi"]);
    expect(claims("ISLAMIC STATE FIGHTERS SEIZE RAMADI")).toEqual(["presence isis @Ramadi"]);
    expect(claims("Fighters of the Islamic State seized Ramadi.")).toEqual(["presence isis @Ramadi"]);
  });

  it("does not read the indefinite 'دولة إسلامية' as the group, but reads 'الدولة الإسلامية'", () => {
    expect(run("تسعى بوكو حرام التي تنشط في ولاية بورنو إلى إقامة دولة إسلامية.", "ar").actors.map((a) => a.id)).toEqual(["boko-haram"]);
    expect(claims("سيطر مسلحو الدولة الإسلامية على مدينة الرمادي.", "ar")).toEqual(["presence isis @Ramadi"]);
  });
});
