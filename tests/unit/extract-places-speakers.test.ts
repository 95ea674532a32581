import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Where a statement was made, and whose office made it, are not where the event happened (event-places.ts). */
const m = loadMatchers();
const published = { value: "2015-02-14", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("the place of a speaker", () => {
  it("is not where the event happened", () => {
    expect(claims("Boko Haram fighters attacked the town of Bama on Thursday, a local official told reporters in Maiduguri.", "en")).toEqual(["attack boko-haram @Bama"]);
    expect(claims("Speaking in Kabul, the minister said Taliban fighters attacked Ghazni city on Friday.", "en")).toEqual(["attack taliban @Ghazni"]);
    expect(claims("وقال المسؤول الذي تحدث للصحفيين في مايدوغوري إن مسلحي بوكو حرام هاجموا بلدة باما.", "ar")).toEqual(["attack boko-haram @Bama"]);
    expect(claims("هاجم مسلحو بوكو حرام بلدة باما، حسبما صرح مسؤول في مايدوغوري.", "ar")).toEqual(["attack boko-haram @Bama"]);
    expect(claims("هاجم مسلحو بوكو حرام بلدة باما، حسبما قال مسؤول تحدث للصحفيين في مدينة مايدوغوري.", "ar")).toEqual(["attack boko-haram @Bama"]);
    expect(claims("Boko Haram fighters attacked the town of Bama, an official told reporters in the city of Maiduguri.", "en")).toEqual(["attack boko-haram @Bama"]);
  });
});

describe("the place of an office", () => {
  it("gives way to the event's own place", () => {
    expect(claims("A spokesman for the governor of Paktia province said the Taliban overran the Janikhail district headquarters.", "en")).toEqual(["presence taliban @Jānī Khēl"]);
    expect(claims("وقال المتحدث باسم حاكم ولاية بورنو إن مسلحي بوكو حرام هاجموا بلدة باما.", "ar")).toEqual(["attack boko-haram @Bama"]);
    expect(claims("وقال ضابط بقيادة عمليات صلاح الدين إن عناصر من داعش هاجموا ثكنة للجيش في قضاء طوزخرماتو.", "ar")).toEqual(["attack isis @Tozkhurmato"]);
    expect(claims("An officer with the Salahuddin operations command said Islamic State fighters attacked a barracks in Tuz Khurmatu.", "en")).toEqual([
      "attack isis @Tozkhurmato",
    ]);
  });

  it("is the place when the passage names no other", () => {
    expect(claims("The governor of Paktia province said Taliban fighters attacked a police post on Saturday.", "en")).toEqual(["attack taliban @Paktia"]);
  });
});
