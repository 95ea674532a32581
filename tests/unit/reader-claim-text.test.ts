import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/extract/actors";
import { claimWording } from "@/lib/reader/claim-text";
import type { Claim } from "@/lib/schema/article";
import type { Place } from "@/lib/schema/gazetteer";

const actors = new Map([["isis", { id: "isis", nameEn: "ISIS", nameAr: "داعش" } as Actor]]);
const places = new Map([["city:raqqa", { id: "city:raqqa", nameEn: "Raqqa", nameAr: "الرقة", kind: "city" } as unknown as Place]]);
const claim = {
  id: "c-1",
  article: "a",
  passageId: "p-1",
  span: { start: 0, end: 5 },
  quote: "q",
  kind: "territorial-loss",
  actors: ["isis"],
  places: [{ placeId: "city:raqqa", precision: "point" }],
  countries: ["SYR"],
  certainty: "reported",
  method: "auto",
  confidence: 0.7,
  summary: "ISIS lost territory in Raqqa",
} as Claim;

describe("the reader's wording of a claim", () => {
  it("keeps the extractor's English summary in English", () => {
    expect(claimWording("en", places, actors).summary(claim)).toBe("ISIS lost territory in Raqqa");
  });

  it("builds the Arabic summary from the claim's fields, with Arabic group and place names", () => {
    expect(claimWording("ar", places, actors).summary(claim)).toBe("خسارة أراضٍ: داعش في الرقة");
  });

  it("finds a group's Arabic name from its English one, for attributions", () => {
    const w = claimWording("ar", places, actors);
    expect(w.groupAr("ISIS")).toBe("داعش");
    expect(w.groupAr("Nobody")).toBeUndefined();
  });
});
