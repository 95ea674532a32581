import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A group named inside a "when" clause or after "planted by" is the attack's agent, not a presence. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("agents hidden in temporal and relative clauses", () => {
  it("reads 'soldiers were killed when militants attacked their base' as the militants' attack, not their presence at the base", () => {
    expect(claims("قتل 11 جنديا يوم الجمعة عندما هاجم مسلحو تنظيم الدولة قاعدتهم في محافظة ديالى.", "ar")).toEqual(["attack isis @Diyala"]);
    expect(claims("Eleven soldiers were killed on Friday when Islamic State militants attacked their base in Diyala province.", "en")).toEqual(["attack isis @Diyala"]);
    expect(claims("Islamic State fighters stormed an army base in Tikrit on Friday.", "en")).toEqual(["attack isis @Tikrit"]);
  });

  it("keeps a group's own positions hit by an attack as its presence", () => {
    expect(claims("The army launched an attack on Islamic State positions in Tikrit.", "en")).toEqual(["presence isis @Tikrit"]);
  });

  it("reads wounded or martyred soldiers before a bomb planted by a group as its victims, so the bomb is the group's attack", () => {
    expect(claims("وأصيب ثلاثة جنود في انفجار عبوة ناسفة زرعها عناصر من تنظيم القاعدة في محافظة أبين.", "ar")).toEqual(["attack al-qaeda @Abyan"]);
    expect(claims("واستشهد جنديان بانفجار لغم زرعه مسلحو داعش في محافظة الأنبار.", "ar")).toEqual(["attack isis @Al Anbar"]);
    expect(claims("وقتل جنديان في انفجار عبوة ناسفة زرعها عناصر من تنظيم القاعدة ببلدة المصينعة في شبوة.", "ar")).toEqual(["attack al-qaeda @Shabwah"]);
  });
});
