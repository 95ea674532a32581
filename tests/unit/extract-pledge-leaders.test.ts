import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A leader named with his group: the head acts for the group, one commander for himself. */
const m = loadMatchers();
const published = { value: "2016-06-15", precision: "day" as const, inferred: false };
const pledges = (text: string, lang: "ar" | "en" = "en") =>
  ingestText(text, { slug: "t", lang, published }, m)
    .claims.filter((c) => c.kind === "pledge")
    .map((c) => `${c.fromActor ?? "?"}>${c.toActor ?? "?"} [${[...c.actors].sort().join(",")}]`);

describe("leaders giving a pledge", () => {
  it("makes the head of a group, named with it in any order, give the group's pledge", () => {
    expect(pledges("ISGS leader Adnan Abu Walid al-Sahrawi swore allegiance to the Islamic State in 2015.")).toEqual(["isgs>isis [isgs,isis]"]);
    expect(pledges("Abu Walid al-Sahrawi, the leader of the Islamic State in the Greater Sahara, pledged allegiance to Abu Bakr al-Baghdadi.")).toEqual(["isgs>isis [isgs,isis]"]);
    expect(pledges("The Islamic State in the Greater Sahara's emir al-Sahrawi pledged allegiance to ISIS.")).toEqual(["isgs>isis [isgs,isis]"]);
    expect(pledges("أعلن زعيم تنظيم الدولة الإسلامية في الصحراء الكبرى عدنان أبو وليد الصحراوي مبايعته لأبي بكر البغدادي.", "ar")).toEqual(["isgs>isis [isgs,isis]"]);
    expect(pledges("أعلن عدنان أبو وليد الصحراوي زعيم تنظيم الدولة الإسلامية في الصحراء الكبرى مبايعته لتنظيم الدولة الإسلامية.", "ar")).toEqual(["isgs>isis [isgs,isis]"]);
  });

  it("makes one of a group's commanders pledge in his own name, not his group's", () => {
    expect(pledges("Adnan Abu Walid al-Sahrawi, a leader of al-Mourabitoun, pledged allegiance to Abu Bakr al-Baghdadi.")).toEqual([
      "adnan-abu-walid-al-sahrawi>isis [adnan-abu-walid-al-sahrawi,isis]",
    ]);
    expect(pledges('أعلن عدنان أبو وليد الصحراوي، أحد قادة جماعة "المرابطون" المتشددة، مبايعته لزعيم تنظيم الدولة الإسلامية أبو بكر البغدادي.', "ar")).toEqual([
      "adnan-abu-walid-al-sahrawi>isis [adnan-abu-walid-al-sahrawi,isis]",
    ]);
    expect(pledges("أعلن عدنان أبو وليد الصحراوي القيادي في جماعة المرابطون مبايعته لتنظيم الدولة الإسلامية.", "ar")).toEqual([
      "adnan-abu-walid-al-sahrawi>isis [adnan-abu-walid-al-sahrawi,isis]",
    ]);
  });

  it("keeps a leader named alone as the one who pledges", () => {
    expect(pledges("بايع الصحراوي تنظيم الدولة الإسلامية عام 2015.", "ar")).toEqual(["adnan-abu-walid-al-sahrawi>isis [adnan-abu-walid-al-sahrawi,isis]"]);
  });
});
