import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A province named right after one of its towns locates the town: the claim is at the town (event-places.ts). */
const m = loadMatchers();
const published = { value: "2017-10-14", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("a town located by its province", () => {
  it("puts the claim at the town, not also at the province that locates it", () => {
    expect(claims("Islamic State fighters seized the town of Mayadeen, in Deir Ezzor province, on Friday.", "en")).toEqual(["presence isis @Al Mayādīn"]);
    expect(claims("The Taliban attacked Jawand, which is in the province of Badghis, on Sunday.", "en")).toEqual(["attack taliban @Jawand"]);
    expect(claims("هاجم مسلحو تنظيم داعش بلدة الميادين بمحافظة دير الزور يوم الجمعة.", "ar")).toEqual(["attack isis @Al Mayādīn"]);
    expect(claims("سيطر تنظيم القاعدة على مدينة جعار التابعة لمحافظة أبين.", "ar")).toEqual(["presence al-qaeda @Jaar"]);
  });

  it("reads 'X, the capital of X province' and 'مركز ولاية' as the town alone", () => {
    expect(claims("Taliban fighters stormed the city of Ghazni, the capital of Ghazni province, on Friday.", "en")).toEqual(["attack taliban @Ghazni"]);
    expect(claims("هاجم مسلحو طالبان مدينة غزني مركز ولاية غزني يوم الجمعة.", "ar")).toEqual(["attack taliban @Ghazni"]);
  });

  it("keeps a province that is a place of its own, listed beside the town", () => {
    expect(claims("Islamic State fighters attacked the town of Mayadeen and other towns across Deir Ezzor province on Friday.", "en")).toEqual([
      "attack isis @Al Mayādīn,Deir ez-Zor",
    ]);
  });
});

describe("a city-and-province name right after a town of its province", () => {
  it("is the province that locates the town, and the claim stays at the town", () => {
    expect(claims("وأعلنت حركة طالبان سيطرتها على منطقة ميوند في قندهار.", "ar")).toEqual(["presence taliban @Maiwand"]);
    expect(claims("Taliban fighters seized the Maiwand district of Kandahar on Friday.", "en")).toEqual(["presence taliban @Maiwand"]);
    expect(claims("Taliban fighters attacked police posts in Maiwand, Kandahar, on Friday.", "en")).toEqual(["attack taliban @Maiwand"]);
  });

  it("is left alone in a list of places", () => {
    expect(claims("Taliban fighters attacked police posts in Maiwand and Kandahar on Friday.", "en")).toEqual(["attack taliban @Maiwand,Kandahār"]);
  });
});

describe("a Persian link after a name", () => {
  it("makes the name the start of a longer one, not a town of its own", () => {
    expect(claims("Afghan forces drove the Taliban out of Dara-e-Suf Bala district in Samangan province on Monday.", "en")).toEqual(["territorial-loss taliban @Samangan"]);
  });
});

describe("a province that locates a landmark town", () => {
  it("gives way to the town: the most precise place the text gives", () => {
    expect(claims("فجر مسلحو تنظيم القاعدة مقرا أمنيا يقع شرق مدينة زنجبار، عاصمة محافظة أبين.", "ar")).toEqual(["attack al-qaeda @Zinjibar"]);
  });

  it("drops a state capital named only as the landmark a distance is measured from", () => {
    expect(claims("Boko Haram fighters attacked the town of Magumeri, around 50km from Borno state capital Maiduguri.", "en")).toEqual(["attack boko-haram @Magumeri"]);
  });
});
