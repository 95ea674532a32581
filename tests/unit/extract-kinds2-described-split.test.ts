import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/**
 * Descriptions are not events: "ISWAP, a splinter group of Boko Haram" or "وهو فصيل منشق عن"
 * says where a group came from. A split told with a verb, or a description that dates it
 * ("formed in 2012"), is still a defection.
 */
const m = loadMatchers();
const published = { value: "2019-05-17", precision: "day" as const, inferred: false };
const kinds = (text: string, lang: "ar" | "en" = "en") => ingestText(text, { slug: "t", lang, published }, m).claims.map((c) => `${c.kind} ${[...c.actors].sort().join("+")}`);

describe("a split named in apposition is no defection", () => {
  it("makes no defection of 'a splinter group of', 'a ... splinter faction' or 'a breakaway faction'", () => {
    expect(kinds("ISWAP, a splinter group of Boko Haram, has increased attacks in Borno state.")).toEqual(["attack iswap"]);
    expect(kinds("Ansaru, a Boko Haram splinter faction, claimed the kidnapping in Kano.")).toEqual(["attack ansaru"]);
    expect(kinds("Ansaru, a breakaway faction of Boko Haram, kidnapped foreigners in Kano.")).toEqual(["attack ansaru"]);
  });

  it("makes no defection of an Arabic participle describing the group (فصيل منشق عن، المنشقة عن)", () => {
    expect(kinds("هاجمت جماعة أنصارو، وهي فصيل منشق عن بوكو حرام، قاعدة للجيش في كانو.", "ar")).toEqual(["attack ansaru"]);
    expect(kinds("وأعلنت جماعة أنصارو المنشقة عن جماعة بوكو حرام مسؤوليتها عن خطف الأجانب في كانو.", "ar")).toEqual(["attack ansaru"]);
  });

  it("keeps a split told as an event: a verb, or a description that dates the split", () => {
    expect(kinds("ISWAP split from Boko Haram in 2016.")).toEqual(["defection boko-haram+iswap"]);
    expect(kinds("انشقت جماعة أنصارو عن جماعة بوكو حرام عام 2012.", "ar")).toEqual(["defection ansaru+boko-haram"]);
    expect(kinds("Ansaru, a splinter group of Boko Haram formed in 2012, is active in Kaduna.")).toContain("defection ansaru+boko-haram");
  });
});
