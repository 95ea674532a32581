import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Whose loss a sentence tells, and of which place: retreats, aims and subordinate clauses. */
const m = loadMatchers();
const published = { value: "2016-03-28", precision: "day" as const, inferred: false };
const run = (text: string, lang: "ar" | "en" = "en") => ingestText(text, { slug: "t", lang, published }, m);
const name = (r: ReturnType<typeof run>, id: string) => r.places.find((p) => p.id === id)?.nameEn ?? id;
const claims = (text: string, lang: "ar" | "en" = "en") => {
  const r = run(text, lang);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => name(r, p.placeId)).join(",") || "-"}`);
};

describe("territorial loss", () => {
  it("loses the place a retreat left, never the place it went to, in both scripts", () => {
    expect(claims("Islamic State fighters withdrew from Palmyra towards the town of Sukhnah on Sunday.").filter((c) => c.startsWith("territorial-loss"))).toEqual([
      "territorial-loss isis @Palmyra",
    ]);
    expect(claims("وانسحب مقاتلو تنظيم داعش من مدينة تدمر باتجاه بلدة السخنة وباتجاه محافظة دير الزور.", "ar").filter((c) => c.startsWith("territorial-loss"))).toEqual([
      "territorial-loss isis @Palmyra",
    ]);
  });

  it("makes no loss of an aim: a campaign 'aimed at driving out' or 'الرامية إلى طرد' the group", () => {
    expect(
      claims("Parliament voted to join the regional campaign aimed at driving Boko Haram out of its strongholds in Borno state.").filter((c) => c.startsWith("territorial-loss")),
    ).toEqual([]);
    expect(claims("وصوت البرلمان على المشاركة في الحملة الرامية إلى طرد مسلحي بوكو حرام من ولاية بورنو.", "ar").filter((c) => c.startsWith("territorial-loss"))).toEqual([]);
  });

  it("does not make the subject of a main clause the one who withdrew in a clause after 'after' or 'إثر'", () => {
    expect(claims("Hay'at Tahrir al-Sham took control of the city of Idlib on Sunday after its rival withdrew.")).toEqual(["presence hts @Idlib"]);
  });

  it("reads the countries after 'the armies of' as whose armies, not where the group lost ground", () => {
    const r = run("Boko Haram has lost several towns in Borno state to an offensive by the armies of Nigeria, Chad, Niger and Cameroon.");
    expect(r.claims.flatMap((c) => c.countries)).not.toContain("NER");
  });
});

describe("victims", () => {
  it("reads a member of the group after an unvowelled 'قتل' as the victim: the group's presence, never its attack", () => {
    expect(claims("قتل قيادي في تنظيم القاعدة في جزيرة العرب في غارة بمحافظة شبوة.", "ar")).toEqual(["presence aqap @Shabwah"]);
    expect(claims("قتل مسلحو تنظيم داعش خمسة جنود في هجوم على مدينة الرمادي.", "ar")).toEqual(["attack isis @Ramadi"]);
  });
});

describe("recruitment", () => {
  it("reads 'recruits' after 'and', 'new' or 'attract' as the noun, not a group recruiting", () => {
    expect(claims("Analysts said the pledge could help Boko Haram attract funds and recruits in Borno state.").filter((c) => c.startsWith("recruitment"))).toEqual([]);
    expect(claims("Boko Haram recruits boys in Borno state, residents said.").filter((c) => c.startsWith("recruitment"))).toEqual(["recruitment boko-haram @Borno State"]);
  });
});
