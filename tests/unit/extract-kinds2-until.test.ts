import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/**
 * Past control told with "until": "X was controlled by the group for a year until it was ejected
 * in 2012" is a presence that was over (no date of its own) and a loss dated by the "until" clause.
 */
const m = loadMatchers();
const published = { value: "2019-05-17", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en" = "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  const name = (id: string) => r.places.find((p) => p.id === id)?.nameEn ?? id;
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => name(p.placeId)).join(",") || "-"} ${c.date?.value ?? "undated"}`);
};

describe("control that lasted until a loss", () => {
  it("reads 'controlled ... until the group was ejected / driven out in YEAR' as an undated presence and a dated loss", () => {
    expect(claims("Zinjibar was controlled by al-Qaeda for around a year until the group was ejected in 2012.")).toEqual([
      "presence al-qaeda @Zinjibar undated",
      "territorial-loss al-qaeda @Zinjibar 2012",
    ]);
    expect(claims("AQAP controlled Mukalla for a year until it was driven out in April 2016.")).toEqual([
      "presence aqap @Mukalla undated",
      "territorial-loss aqap @Mukalla 2016-04",
    ]);
  });

  it("gives the Arabic 'حتى طرد منها' / 'حتى طرده منها' clause, which names no group, to the group that held the town", () => {
    expect(claims("كانت مدينة المكلا تحت سيطرة تنظيم القاعدة لمدة عام حتى طرده منها عام 2016.", "ar")).toEqual([
      "presence al-qaeda @Mukalla undated",
      "territorial-loss al-qaeda @Mukalla 2016",
    ]);
    expect(claims("سيطر تنظيم القاعدة على مدينة زنجبار نحو عام حتى طرد منها.", "ar").map((c) => c.split(" ")[0])).toEqual(["presence", "territorial-loss"]);
  });

  it("does not cut at an 'until' with no loss after it, and reads 'also controls the port of X' as presence", () => {
    expect(claims("AQAP has controlled Mukalla until now, residents said.")).toEqual(["presence aqap @Mukalla 2019-05-17"]);
    expect(claims("AQAP also controls the major port of Mukalla.")).toEqual(["presence aqap @Mukalla 2019-05-17"]);
  });
});
