import { describe, expect, it } from "vitest";
import { claimSummary } from "@/lib/view/claim-summary";

const NAMES: Record<string, string> = { isis: "داعش", "al-qaeda": "القاعدة" };
const name = (id: string) => NAMES[id] ?? id;
const place = (nameAr: string) => ({ id: nameAr, nameEn: nameAr, nameAr, precision: "country" as const });

describe("a claim's summary", () => {
  it("is the extractor's English summary in English", () => {
    expect(claimSummary({ kind: "attack", summary: "Attack by ISIS in Niger", actors: ["isis"], fromActor: null, toActor: null, places: [] }, "en", name)).toBe(
      "Attack by ISIS in Niger",
    );
  });
  it("is built in Arabic from the claim's fields, with the groups and places in Arabic and the Arabic comma", () => {
    const s = claimSummary(
      {
        kind: "territorial-loss",
        summary: "ISIS lost territory",
        actors: ["isis"],
        fromActor: null,
        toActor: null,
        places: [place("سوريا"), place("العراق")],
        figure: { value: 60, qualifier: "more-than", text: "60٪" },
      },
      "ar",
      name,
    );
    expect(s).toBe("خسارة أراضٍ: داعش في سوريا، العراق (أكثر من 60٪ من الأراضي)");
  });
  it("names both sides of a shift in Arabic, from one group to the other", () => {
    expect(claimSummary({ kind: "defection", summary: "x", actors: ["isis", "al-qaeda"], fromActor: "isis", toActor: "al-qaeda", places: [place("اليمن")] }, "ar", name)).toBe(
      "انشقاق عن داعش إلى القاعدة في اليمن",
    );
  });
  it("contains no English words in Arabic", () => {
    const s = claimSummary(
      {
        kind: "pledge",
        summary: "ISIS fighters pledged allegiance to al-Qaeda in Algeria (Aug 2017)",
        actors: ["isis", "al-qaeda"],
        fromActor: "isis",
        toActor: "al-qaeda",
        places: [place("الجزائر")],
      },
      "ar",
      name,
    );
    expect(s).not.toMatch(/[A-Za-z]/);
  });
});
