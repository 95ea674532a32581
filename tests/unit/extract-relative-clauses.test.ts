import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A relative clause tells a fact of its own: its places and dates are not the main clause's. */
const m = loadMatchers();
const published = { value: "2016-06-03", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")} ${c.date?.value ?? "-"}`).sort();
};

describe("relative clauses", () => {
  it("keeps the group's strongholds named in a relative clause as its presence, not as what an army seized", () => {
    expect(claims("وسيطرت القوات الكردية على جزء من الطريق السريع الذي يربط بين معقلي تنظيم داعش في الموصل والرقة.", "ar")).toEqual(["presence isis @Mosul,Raqqa 2016-06-03"]);
  });

  it("gives the relative clause the group before its pronoun, and resumes the main clause with it", () => {
    expect(claims("Islamic State, which seized Mosul in June 2014, attacked Kirkuk on Thursday.", "en")).toEqual([
      "attack isis @Kirkuk 2016-06-02",
      "presence isis @Mosul 2014-06",
    ]);
    expect(claims("وهاجم تنظيم داعش، الذي سيطر على الموصل عام 2014، مدينة كركوك أمس.", "ar")).toEqual(["attack isis @Kirkuk 2016-06-02", "presence isis @Mosul 2014"]);
  });
});

describe("presence cues of bases and remnants", () => {
  it("reads 'تتخذ من X معقلا' (takes X as its base) and 'لم يبق للتنظيم سوى X' (only X is left to it) as the group's presence there", () => {
    expect(claims("وتتخذ جماعة بوكو حرام من غابة سامبيسا معقلا لها.", "ar")).toEqual(["presence boko-haram @Sambisa Forest 2016-06-03"]);
    expect(claims("ولم يبق لتنظيم داعش في العراق سوى بلدتي القائم وراوة.", "ar").join()).toMatch(/^presence isis @.*Rawa/);
  });
});
