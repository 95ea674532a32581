import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** "The attackers entered X", "المهاجمون اقتحموا X": the group in focus attacked X. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("storming and entering with the agent from context", () => {
  it("reads attackers or assailants entering a town as the focused group's attack there", () => {
    expect(claims("Boko Haram has been active in Borno.\n\nResidents said the assailants entered Magumeri on Sunday evening.", "en")).toContain("attack boko-haram @Magumeri");
    expect(claims("Boko Haram has been active in Borno.\n\nAttackers entered Magumeri on Sunday, residents said.", "en")).toContain("attack boko-haram @Magumeri");
    expect(claims("تنشط جماعة بوكو حرام في ولاية بورنو.\n\nواقتحم المهاجمون بلدة غوبيو يوم الاثنين.", "ar")).toContain("attack boko-haram @Gubio");
  });

  it("reads militants storming a town as an attack, and fighters entering it as presence", () => {
    expect(claims("Boko Haram has been active in Borno.\n\nOn Monday militants stormed the town of Gubio, residents said.", "en")).toContain("attack boko-haram @Gubio");
    expect(claims("Boko Haram fighters entered Magumeri on Sunday evening, residents said.", "en")).toEqual(["presence boko-haram @Magumeri"]);
  });

  it("gives the attackers to no one when two groups are in focus", () => {
    expect(claims("Boko Haram and ISWAP are both active in Borno.\n\nواقتحم المهاجمون بلدة غوبيو يوم الاثنين.", "ar").join()).not.toMatch(/Gubio/);
  });
});
