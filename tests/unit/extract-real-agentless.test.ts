import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** An attack told without its agent belongs to the one group the story is about. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const read = (text: string, lang: "ar" | "en") => ingestText(text, { slug: "t", lang, published }, m);
const claims = (text: string, lang: "ar" | "en") => {
  const r = read(text, lang);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("headline group, body event", () => {
  it("gives an agentless attack in the body to the single group the headline blames, marked as from context", () => {
    const ar = read("مقتل 5 جنود عراقيين في هجوم لداعش على نقطة عسكرية\n\nقتل ضابط وأربعة جنود يوم الاثنين في هجوم إرهابي استهدف مقرهم في محافظة صلاح الدين.", "ar");
    expect(ar.claims.map((c) => `${c.kind} ${c.actors.join()} ${c.actorFrom}`)).toEqual(["attack isis context"]);
    expect(
      claims("5 soldiers killed in Islamic State attack\n\nAn officer and four soldiers were killed on Monday in an attack on their base in Salahuddin province.", "en"),
    ).toEqual(["attack isis @Saladin"]);
    expect(claims("هجوم لبوكو حرام\n\nلقي ثلاثة جنود حتفهم الثلاثاء إثر هجوم استهدف ثكنتهم في مايدوغوري.", "ar")).toEqual(["attack boko-haram @Maiduguri"]);
  });

  it("rates the context-given attack below one whose agent is named", () => {
    const ctx = read("Islamic State kills 5 soldiers\n\nFour soldiers were killed on Monday in an attack on their base in Tikrit.", "en").claims[0]!;
    const named = read("Islamic State kills 5 soldiers\n\nIslamic State attacked a base in Tikrit on Monday, killing four soldiers.", "en").claims.find(
      (c) => c.kind === "attack",
    )!;
    expect(ctx.confidence).toBeLessThan(named.confidence);
  });

  it("gives no one the attack when two groups are in focus or a state is its agent", () => {
    expect(claims("Boko Haram and ISWAP clash\n\nFour soldiers were killed on Monday in an attack on their base in Maiduguri.", "en")).toEqual([]);
    expect(claims("Boko Haram kills villagers\n\nThe army killed ten people in an attack on a village near Maiduguri.", "en")).toEqual([]);
  });

  it("gives no one the attack when the text says its agent is unknown", () => {
    expect(claims("ISIS is active in Mosul.\n\nIt is unclear who carried out the attack in Mosul on Monday.", "en").join()).not.toMatch(/attack/);
    expect(claims("تنظيم داعش ينشط في الموصل\n\nولم تعلن أي جهة مسؤوليتها عن الهجوم الذي استهدف مقرا للجيش في الموصل.", "ar").join()).not.toMatch(/attack/);
  });
});
