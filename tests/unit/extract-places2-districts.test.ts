import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A province that locates one of its districts or towns gives way to it (event-places.ts); Niger's regions are provinces. */
const m = loadMatchers();
const published = { value: "2019-03-04", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("a Nigerian state that locates a district (LGA) or town", () => {
  it("gives way to the town when it stands in the possessive before it", () => {
    expect(claims("Boko Haram fighters attacked Borno State's Damboa district on Sunday.", "en")).toEqual(["attack boko-haram @Damboa"]);
    expect(claims("ISWAP overran an army base in Borno state's Marte on Friday.", "en")).toEqual(["presence iswap @Marte"]);
  });

  it("gives way to the town it introduces ('the Adamawa State town of Madagali')", () => {
    expect(claims("Boko Haram fighters attacked the Adamawa State town of Madagali on Sunday.", "en")).toEqual(["attack boko-haram @Madagali"]);
    expect(claims("Boko Haram militants attacked the Borno State village of Mafa overnight.", "en")).toEqual(["attack boko-haram @Mafa"]);
  });

  it("gives way to the town after 'local government area of' or 'LGA of'", () => {
    expect(claims("ISWAP fighters attacked a base in Gubio local government area of Borno State on Sunday.", "en")).toEqual(["attack iswap @Gubio"]);
    expect(claims("Boko Haram gunmen killed six farmers in the Damboa LGA of Borno on Tuesday.", "en")).toEqual(["attack boko-haram @Damboa"]);
  });
});

const placeIds = (text: string, lang: "ar" | "en") => ingestText(text, { slug: "t", lang, published }, m).claims.flatMap((c) => c.places.map((p) => p.placeId));

describe("a Nigerian LGA named unlike its seat", () => {
  it("is its seat town", () => {
    expect(claims("ISWAP fighters attacked a military base in Nganzai LGA on Sunday.", "en")).toEqual(["attack iswap @Gajiram"]);
    expect(claims("Boko Haram gunmen killed four herders in the Guzamala local government area of Borno State on Tuesday.", "en")).toEqual(["attack boko-haram @Gudumbali"]);
    expect(claims("Boko Haram insurgents attacked troops in Yunusari LGA of Yobe State on Monday.", "en")).toEqual(["attack boko-haram @Kanamma"]);
  });
});

describe("a Niger region", () => {
  it("is the province, not the city of the same name", () => {
    expect(placeIds("ISGS fighters attacked an army post in Niger's Tillaberi region on Sunday.", "en")).toEqual(["province:NE-6"]);
    expect(placeIds("Boko Haram fighters attacked soldiers in Diffa region on Sunday.", "en")).toEqual(["province:NE-2"]);
    expect(placeIds("هاجم مسلحو بوكو حرام موقعا للجيش في إقليم ديفا يوم الأحد.", "ar")).toEqual(["province:NE-2"]);
    expect(placeIds("هاجم مسلحو بوكو حرام موقعا للجيش في منطقة زيندر يوم الأحد.", "ar")).toEqual(["province:NE-7"]);
  });

  it("is the city after a city word", () => {
    expect(placeIds("هاجم مسلحو بوكو حرام موقعا للجيش في مدينة ديفا يوم الأحد.", "ar")).toEqual(["city:2445704"]);
  });
});
