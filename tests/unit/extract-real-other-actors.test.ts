import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Another armed actor's takeover is not the focused group's loss; a strike on a group is not its attack. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("actors outside the lexicon", () => {
  it("gives no claim to the group in focus when Houthis or tribesmen take a place from no one named", () => {
    expect(claims("تنظيم القاعدة في جزيرة العرب ينشط في اليمن.\n\nوتصاعد نشاط التنظيم بعد سيطرة المسلحين الحوثيين على العاصمة صنعاء في 2014.", "ar").join()).not.toMatch(/Sanaa/);
    expect(claims("AQAP is active in Yemen.\n\nThe group grew after Houthi rebels seized the capital Sanaa in 2014.", "en").join()).not.toMatch(/Sanaa/);
    expect(claims("AQAP is active in Yemen.\n\nIts power rose after tribal fighters captured Mukalla.", "en").join()).not.toMatch(/Mukalla/);
  });

  it("still reads a takeover from a named group as that group's loss", () => {
    expect(claims("AQAP is active in Yemen.\n\nHouthi fighters seized al-Bayda from AQAP in 2016.", "en")).toContain("territorial-loss aqap @Al Bayda");
    expect(claims("AQAP is active in Yemen.\n\nTribesmen drove AQAP out of Mukalla in 2016.", "en")).toContain("territorial-loss aqap @Mukalla");
    expect(claims("ISIS held Raqqa.\n\nThe SDF retook Raqqa in 2017.", "en")).toEqual(["territorial-loss isis @Raqqa"]);
  });
});

describe("strikes against a group", () => {
  it("reads a leader killed by an air or drone strike as the group's presence, never its attack", () => {
    expect(claims("تنظيم القاعدة في جزيرة العرب ينشط في اليمن.\n\nوأعلن التنظيم مقتل زعيمه بغارة جوية لطائرة بدون طيار في محافظة مأرب.", "ar")).toEqual(["presence aqap @Ma'rib"]);
    expect(claims("تنظيم القاعدة في جزيرة العرب ينشط في اليمن.\n\nمقتل زعيم التنظيم بغارة جوية لطائرة بدون طيار في مأرب.", "ar").join()).not.toMatch(/attack/);
    expect(claims("Two AQAP commanders were killed in a drone strike in Mukalla.", "en")).toEqual(["presence aqap @Mukalla"]);
    expect(claims("AQAP is active in Yemen.\n\nA US drone strike killed the group's leader in Marib.", "en").join()).not.toMatch(/attack/);
  });
});
