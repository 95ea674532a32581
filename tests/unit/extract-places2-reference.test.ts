import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A place the event is measured from, travelled towards or bordered by is a reference, not the event's place (event-places.ts). */
const m = loadMatchers();
const published = { value: "2019-03-04", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("a town the event is measured or travelled from", () => {
  it("is not the event's place: the event is at a place the text leaves unnamed", () => {
    expect(claims("AQAP fighters attacked an army post in a small town about 170 km southeast of Yemen's capital Sanaa on Sunday.", "en").join()).not.toContain("Sanaa");
    expect(claims("Boko Haram gunmen killed nine farmers on Saturday 40 kilometres from Maiduguri.", "en").join()).not.toContain("Maiduguri");
    expect(claims("قتل مسلحو تنظيم القاعدة في جزيرة العرب ستة جنود على بعد 50 كلم من مدينة المكلا يوم الأحد.", "ar").join()).not.toContain("Mukalla");
  });

  it("gives way to the country the passage names", () => {
    expect(claims("Boko Haram gunmen killed nine farmers in Nigeria on Saturday, 40 kilometres from Maiduguri.", "en")).toEqual(["attack boko-haram @Nigeria"]);
  });

  it("is never itself the event's place, in Arabic either", () => {
    expect(claims("قتل مسلحو تنظيم الدولة في الصحراء الكبرى خمسة جنود في كمين على طريق تيرا-نيامي يوم الأحد.", "ar").join()).not.toContain("Niamey");
    expect(claims("Al-Qaeda fighters ambushed a convoy on the Mukalla road on Sunday.", "en").join()).not.toContain("Mukalla");
  });

  it("gives way to the province the passage names it in", () => {
    expect(claims("AQAP fighters attacked an army post in a town 40 km north of Ataq, the capital of Shabwa province.", "en")).toEqual(["attack aqap @Shabwah"]);
    expect(claims("هاجم مسلحو القاعدة في جزيرة العرب موقعا للجيش على بعد 40 كلم شمال مدينة عتق عاصمة محافظة شبوة.", "ar")).toEqual(["attack aqap @Shabwah"]);
    expect(claims("هاجم مسلحو القاعدة في جزيرة العرب موقعا للجيش على بعد 40 كيلومترا إلى الشرق من مدينة عتق في محافظة شبوة.", "ar")).toEqual(["attack aqap @Shabwah"]);
  });

  it("is still the place when the passage names the town the reference locates", () => {
    expect(claims("Boko Haram fighters attacked the town of Bama, 70 km from Maiduguri, on Saturday.", "en")).toEqual(["attack boko-haram @Bama"]);
  });
});

describe("a country across a border", () => {
  it("is never the event's place, even when the passage names no other", () => {
    expect(claims("Boko Haram fighters attacked a village in Borno State near the Niger border on Saturday.", "en")).toEqual(["attack boko-haram @Borno State"]);
    expect(claims("Boko Haram fighters raided a village near the Niger border on Saturday.", "en").join()).not.toContain("@Niger");
    expect(claims("هاجم مسلحو جماعة نصرة الإسلام والمسلمين قرية قرب الحدود مع مالي يوم الأحد.", "ar").join()).not.toContain("Mali");
    expect(claims("هاجم مسلحو بوكو حرام قرية على الحدود مع النيجر يوم السبت.", "ar").join()).not.toContain("@Niger");
  });
});
