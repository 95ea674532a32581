import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** The event in focus takes the date a later sentence about it gives ("the attack occurred on Monday"). */
const m = loadMatchers();
// Thursday 14 March 2019.
const published = { value: "2019-03-14", precision: "day" as const, inferred: false };
const read = (text: string, lang: "ar" | "en") => ingestText(text, { slug: "t", lang, published }, m);
const attackDates = (text: string, lang: "ar" | "en") =>
  read(text, lang)
    .claims.filter((c) => c.kind === "attack")
    .map((c) => c.date?.value ?? "-");

describe("a follow-up sentence dates the event in focus", () => {
  it("gives an English attack with no date the weekday of 'the attack occurred on ...'", () => {
    const text =
      "Soldiers killed in Nigeria\n\nMAIDUGURI (wire) - Suspected ISWAP fighters attacked a military base in Monguno, in Borno state, killing at least seven soldiers, security sources said.\n\nThe sources said the attack occurred on Monday afternoon when the fighters arrived in gun trucks.";
    expect(attackDates(text, "en")).toEqual(["2019-03-11"]);
  });

  it("reads 'it happened' and 'the ambush, which took place ...' the same way", () => {
    const it1 =
      "Soldiers killed in Iraq\n\nIslamic State fighters attacked an army checkpoint in Kirkuk province, killing three soldiers.\n\nA police officer said it happened late on Tuesday.";
    expect(attackDates(it1, "en")).toEqual(["2019-03-12"]);
    const it2 =
      "Soldiers killed in Iraq\n\nIslamic State fighters attacked an army checkpoint in Kirkuk province, killing three soldiers.\n\nThe ambush, which took place near a village, on March 9, lasted an hour.";
    expect(attackDates(it2, "en")).toEqual(["2019-03-09"]);
  });

  it("gives an Arabic attack the day of 'الهجوم بدأ' or 'ووقع الحادث', whichever comes first in the sentence", () => {
    const a =
      "مقتل جنود في العراق\n\nبغداد - قتل خمسة جنود عراقيين في هجوم شنه مسلحو تنظيم داعش على موقع للجيش في قضاء الحويجة بمحافظة كركوك.\n\nوذكرت المصادر أن الهجوم بدأ عصر أمس الأربعاء واستمر ساعتين.";
    expect(attackDates(a, "ar")).toEqual(["2019-03-13"]);
    const b = "مقتل جنود في العراق\n\nهاجم مسلحو تنظيم داعش نقطة للجيش في قضاء الحويجة بمحافظة كركوك.\n\nووقع الحادث يوم الاثنين بحسب مصدر أمني.";
    expect(attackDates(b, "ar")).toEqual(["2019-03-11"]);
  });

  it("leaves the event alone when the dated sentence names another group or a place outside it, or only says when something was said", () => {
    const other =
      "Soldiers killed in Iraq\n\nIslamic State fighters attacked an army checkpoint in Kirkuk province, killing three soldiers.\n\nA similar attack by al-Shabaab occurred on Monday.";
    expect(attackDates(other, "en")).toEqual(["-"]);
    const elsewhere =
      "Soldiers killed in Iraq\n\nIslamic State fighters attacked an army checkpoint in Kirkuk province, killing three soldiers.\n\nThe bombing in Basra happened on Monday.";
    expect(attackDates(elsewhere, "en")).toEqual(["-"]);
    const said = "مقتل جنود في العراق\n\nهاجم مسلحو تنظيم داعش نقطة للجيش في قضاء الحويجة بمحافظة كركوك.\n\nوقال مصدر أمني يوم الاثنين إن الهجوم وقع قرب قرية نائية.";
    expect(attackDates(said, "ar")).toEqual(["-"]);
  });

  it("does not take the day of an operation the army began ('the operation that Iraqi forces began', 'بدأت العملية العسكرية')", () => {
    const en =
      "Soldiers killed in Iraq\n\nIslamic State fighters attacked an army checkpoint in Kirkuk province, killing three soldiers.\n\nThe operation that Iraqi forces began on Monday aims to clear the area.";
    expect(attackDates(en, "en")).toEqual(["-"]);
    const ar = "مقتل جنود في العراق\n\nهاجم مسلحو تنظيم داعش نقطة للجيش في قضاء الحويجة بمحافظة كركوك.\n\nوكانت القوات العراقية قد بدأت العملية العسكرية في المنطقة يوم الاثنين.";
    expect(attackDates(ar, "ar")).toEqual(["-"]);
  });

  it("keeps an event's own day over a later sentence's", () => {
    const text =
      "Soldiers killed in Iraq\n\nIslamic State fighters attacked an army checkpoint in Kirkuk province on Sunday, killing three soldiers.\n\nThe attack began on Monday, the army said.";
    expect(attackDates(text, "en")[0]).toBe("2019-03-10");
  });
});
