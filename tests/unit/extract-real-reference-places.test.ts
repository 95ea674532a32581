import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Places named only to locate another place, or helpers, are not where the claim happened. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("reference places", () => {
  it("drops the place a distance or direction is measured from, even after its head noun", () => {
    expect(claims("Boko Haram militants stormed the town of Gubio, 95 kilometres north of the state capital, Maiduguri, on Monday.", "en")).toEqual(["attack boko-haram @Gubio"]);
    expect(claims("Boko Haram fighters attacked Magumeri, some 50 km northwest of the city of Maiduguri.", "en")).toEqual(["attack boko-haram @Magumeri"]);
    expect(claims("هاجم مسلحو بوكو حرام بلدة غوبيو على بعد 90 كلم من مايدوغوري.", "ar")).toEqual(["attack boko-haram @Gubio"]);
  });

  it("keeps a town named with a direction adjective ('the northern town of X')", () => {
    expect(claims("Boko Haram fighters attacked the northern town of Gubio on Monday.", "en")).toEqual(["attack boko-haram @Gubio"]);
  });

  it("drops where a road leads", () => {
    expect(claims("JNIM fighters attacked a convoy in Tillaberi on the road to Niamey.", "en")).toEqual(["attack jnim @Tillabéri"]);
    expect(claims("هاجم مسلحو تنظيم الدولة قافلة في تكريت على الطريق المؤدي إلى بغداد.", "ar")).toEqual(["attack isis @Tikrit"]);
  });

  it("drops the countries that helped, even when no other place is named", () => {
    expect(claims("Boko Haram was pushed out of Malam Fatori by Nigerian troops with assistance from Niger, Chad and Cameroon.", "en")).toEqual([
      "territorial-loss boko-haram @Malam Fatori",
    ]);
    expect(claims("طرد الجيش النيجيري بوكو حرام من مالام فاتوري بمساعدة من النيجر وتشاد والكاميرون.", "ar")).toEqual(["territorial-loss boko-haram @Malam Fatori"]);
    expect(claims("Troops backed by Chad and Cameroon drove Boko Haram out of its camps.", "en").join()).not.toMatch(/Chad|Cameroon/);
  });
});
