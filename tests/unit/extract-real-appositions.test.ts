import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A group named inside an apposition describes the group before it; it gets no claim of its own. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`).sort();
};

describe("apposition descriptors", () => {
  it("gives the presence to the described group, not to the group in its apposition", () => {
    expect(claims("HTS, a jihadist group led by Syria's former Al-Qaeda affiliate, has controlled Idlib since 2019.", "en")).toEqual(["presence hts @Idlib"]);
    expect(claims("Hayat Tahrir al-Sham, an alliance dominated by al-Qaeda's former Syrian branch, controls most of Idlib.", "en")).toEqual(["presence hts @Idlib"]);
    expect(claims("وتسيطر هيئة تحرير الشام، وهي تحالف تقوده جبهة النصرة الفرع السابق لتنظيم القاعدة، على إدلب.", "ar")).toEqual(["presence hts @Idlib"]);
  });

  it("gives the main verb to the group an apposition with a relative clause describes", () => {
    expect(claims("Boko Haram, a group which has killed thousands, attacked Maiduguri on Monday.", "en")).toEqual(["attack boko-haram @Maiduguri"]);
    expect(claims("Boko Haram, the jihadist group that has killed thousands, attacked Maiduguri on Monday.", "en")).toEqual(["attack boko-haram @Maiduguri"]);
  });

  it("still reads a split told inside the apposition", () => {
    expect(claims("Ansaru, an Islamist group that split from Boko Haram, claimed responsibility for the kidnapping in Bauchi.", "en")).toContain("defection boko-haram+ansaru @");
  });
});
