import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Pledges and defections: who swore or left, to whom, and where the act itself happened. */
const m = loadMatchers();
const published = { value: "2016-06-15", precision: "day" as const, inferred: false };
const directed = (text: string, lang: "ar" | "en" = "en") =>
  ingestText(text, { slug: "t", lang, published }, m)
    .claims.filter((c) => c.kind === "pledge" || c.kind === "defection")
    .map((c) => `${c.kind} ${c.fromActor ?? "?"}>${c.toActor ?? "?"} @${c.places.map((p) => p.placeId).join(",") || "-"}`);

describe("pledge and defection direction", () => {
  it("reads allegiance sworn to a leader as sworn to his group", () => {
    expect(directed("Boko Haram fighters pledged allegiance to Abu Bakr al-Baghdadi on Saturday.")).toEqual(["pledge boko-haram>isis @-"]);
    expect(directed("بايع مقاتلو جماعة بوكو حرام أبو بكر البغدادي أمس.", "ar")).toEqual(["pledge boko-haram>isis @-"]);
  });

  it("sends a faction that split from one group and swore to another from the first to the second, with no pledge by the group it left", () => {
    expect(directed("A splinter group that broke away from AQIM and declared loyalty to the Islamic State beheaded a hostage.")).toEqual(["defection aqim>isis @-"]);
    expect(directed("وكان تنظيم القاعدة في بلاد المغرب الإسلامي قد فقد عناصر بعد انشقاق مجموعة عنه ومبايعتها تنظيم الدولة الإسلامية.", "ar")).toEqual(["defection aqim>isis @-"]);
  });

  it("never makes a branch's joining its own parent a defection", () => {
    expect(directed("AQIM was known as the GSPC until it joined al-Qaeda.")).toEqual([]);
  });

  it("makes no move of groups named only as alternatives", () => {
    expect(directed("Analysts said his fighters could join ISWAP or Ansaru in the coming months.")).toEqual([]);
  });

  it("makes no claim of a move told as an open question, or of a pledge told again", () => {
    expect(directed("لم يتضح ما إذا كان كل عناصر جبهة النصرة قد انضموا إلى داعش.", "ar")).toEqual([]);
    expect(directed("Belmokhtar said the pledge did not represent al-Mourabitoun or AQIM.")).toEqual([]);
  });

  it("places the act only where the sentence tells it happened, never where it goes on after the act or a possessive", () => {
    expect(directed("بايع مقاتلو جبهة النصرة في مدينة البوكمال تنظيم الدولة الإسلامية على الحدود مع العراق أمس.", "ar")).toEqual(["pledge al-nusra>isis @city:174448"]);
    expect(directed("Nigeria's Boko Haram pledges allegiance to Islamic State")).toEqual(["pledge boko-haram>isis @-"]);
    expect(directed("قتل قيادي سابق في طالبان انضم إلى داعش بغارة في هلمند.", "ar")).toEqual(["defection taliban>isis @-"]);
  });
});

describe("discourse after a pledge", () => {
  it("keeps the group that swore, not the one sworn to, as what 'the insurgents' refers to", () => {
    const r = ingestText(
      "Boko Haram pledges allegiance to Islamic State\n\nBoko Haram's leader pledged allegiance to the Islamic State group and its caliph Abu Bakr al-Baghdadi on Saturday.\n\nThe insurgents still control Gwoza, in Borno state.",
      { slug: "t", lang: "en", published },
      m,
    );
    expect(r.claims.filter((c) => c.kind === "presence").map((c) => c.actors.join("+"))).toEqual(["boko-haram"]);
  });
});
