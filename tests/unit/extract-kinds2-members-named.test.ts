import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/**
 * Members right before a named group are that group's ("مسلحو تنظيم القاعدة", "militants from
 * AQAP"), not the group the headline put in focus: the body's group alone attacked.
 */
const m = loadMatchers();
const published = { value: "2019-05-17", precision: "day" as const, inferred: false };
const bodyClaims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  const name = (id: string) => r.places.find((p) => p.id === id)?.nameEn ?? id;
  const headline = r.article.passages[0]!.id;
  return r.claims.filter((c) => c.passageId !== headline).map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => name(p.placeId)).join(",")}`);
};

describe("members of the group named right after them", () => {
  it("gives 'مسلحو تنظيم X' and 'عناصر جماعة X' to X, not to the headline's group", () => {
    expect(bodyClaims("داعش يهاجم قاعدة للجيش في اليمن\n\nعدن - هاجم مسلحو تنظيم القاعدة قاعدة للجيش في مدينة زنجبار يوم الخميس.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
    expect(bodyClaims("داعش يهاجم قاعدة للجيش في نيجيريا\n\nمايدوغوري - هاجم عناصر جماعة بوكو حرام قاعدة للجيش في بلدة دامبوا.", "ar")).toEqual(["attack boko-haram @Damboa"]);
  });

  it("gives 'militants from X' to X in English", () => {
    expect(bodyClaims("Islamic State attacks army base in Yemen\n\nADEN, May 16 (wire) - Militants from AQAP attacked an army base in Zinjibar on Thursday.", "en")).toEqual([
      "attack aqap @Zinjibar",
    ]);
  });
});
