import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/**
 * Headline group vs body group: a headline naming the better-known group ("Boko Haram attacks
 * army base") over a body naming the group that acted ("ISWAP terrorists attacked an army base in
 * Gajiram") is one act, the body's group's.
 */
const m = loadMatchers();
const published = { value: "2019-05-17", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  const name = (id: string) => r.places.find((p) => p.id === id)?.nameEn ?? id;
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => name(p.placeId)).join(",")}`);
};

describe("the body's group replaces the headline's", () => {
  it("keeps only the body's attack when the headline blames another group for it", () => {
    expect(
      claims(
        "Boko Haram attacks army base in Borno\n\nMAIDUGURI, May 16 (wire) - ISWAP terrorists attacked an army base in Gajiram on Thursday, killing five soldiers, military sources said.",
        "en",
      ),
    ).toEqual(["attack iswap @Gajiram"]);
    expect(claims("القاعدة تهاجم قاعدة للجيش في أبين\n\nعدن - هاجم مسلحو جماعة أنصار الشريعة قاعدة للجيش في مدينة زنجبار يوم الخميس.", "ar")).toEqual([
      "attack ansar-al-sharia @Zinjibar",
    ]);
  });

  it("keeps the headline's claim when the body tells its group acting too, or tells the act elsewhere", () => {
    expect(claims("Boko Haram attacks army base in Borno\n\nMAIDUGURI, May 16 (wire) - Boko Haram fighters attacked an army base in Gajiram on Thursday.", "en")).toContain(
      "attack boko-haram @Gajiram",
    );
    expect(claims("Boko Haram attacks army base in Borno\n\nMAIDUGURI, May 16 (wire) - ISWAP fighters attacked an army base in Diffa, Niger, on Thursday.", "en")).toContain(
      "attack boko-haram @Borno State",
    );
  });
});
