import { describe, expect, it } from "vitest";
import { buildActorMatcher, matchActors } from "@/lib/extract/actors";
import { loadActorLexicon } from "@/lib/articles/resources";
import { tokenize } from "@/lib/text/tokens";

const lex = loadActorLexicon();
const m = buildActorMatcher(lex);
const actors = (t: string) => matchActors(m, tokenize(t)).map((x) => x.actor.id);

describe("lexicon: branches and groups added for real reporting", () => {
  it("every new group rolls up to its parent", () => {
    const parent = (id: string) => lex.actors.find((a) => a.id === id)?.parent;
    expect(parent("is-khorasan")).toBe("isis");
    expect(parent("is-yemen")).toBe("isis");
    expect(parent("jnim")).toBe("al-qaeda");
    expect(parent("al-nusra")).toBe("al-qaeda");
    expect(parent("ansar-al-sharia")).toBe("aqap");
    expect(parent("ansaru")).toBe("al-qaeda");
    expect(parent("al-mourabitoun")).toBe("al-qaeda");
    expect(parent("haqqani-network")).toBe("taliban");
    expect(parent("hts")).toBeUndefined();
  });
  it("no two groups share a colour", () => {
    const colours = lex.actors.filter((a) => a.kind === "group").map((a) => a.color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });
  it("Islamic State Khorasan Province is IS-K alone, never plain ISIS too", () => {
    expect(actors("Islamic State Khorasan Province (ISKP) claimed it")).toEqual(["is-khorasan", "is-khorasan"]);
    expect(actors("IS-K and ISIS-K fighters")).toEqual(["is-khorasan", "is-khorasan"]);
    expect(actors("أعلن تنظيم ولاية خراسان وداعش خراسان")).toEqual(["is-khorasan", "is-khorasan"]);
  });
  it("finds the Sahel, Syrian, Yemeni, Nigerian and Afghan groups in both scripts", () => {
    expect(actors("JNIM, also called GSIM, and جماعة نصرة الإسلام والمسلمين")).toEqual(["jnim", "jnim", "jnim"]);
    expect(actors("هيئة تحرير الشام and Hay'at Tahrir al-Sham (HTS)")).toEqual(["hts", "hts", "hts"]);
    expect(actors("جبهة النصرة ثم جبهة فتح الشام، Jabhat al-Nusra, the Nusra Front")).toEqual(["al-nusra", "al-nusra", "al-nusra", "al-nusra"]);
    expect(actors("أنصار الشريعة and Ansar al-Sharia")).toEqual(["ansar-al-sharia", "ansar-al-sharia"]);
    expect(actors("جماعة أنصارو and Ansaru")).toEqual(["ansaru", "ansaru"]);
    expect(actors("المرابطون and al-Mourabitoun and Al-Murabitun")).toEqual(["al-mourabitoun", "al-mourabitoun", "al-mourabitoun"]);
    expect(actors("شبكة حقاني and the Haqqani network")).toEqual(["haqqani-network", "haqqani-network"]);
    expect(actors("ولاية اليمن and Islamic State in Yemen")).toEqual(["is-yemen", "is-yemen"]);
  });
  it("AQIM is one mention of AQIM, not also al-Qaeda", () => {
    expect(actors("al-Qaeda in the Islamic Maghreb (AQIM) struck")).toEqual(["aqim", "aqim"]);
  });
});

describe("lexicon: branches described by their country", () => {
  it("'Islamic State's Yemen branch' and 'Afghan branch' are the branches", () => {
    expect(actors("The Islamic State group's Yemen branch claimed it")).toEqual(["is-yemen"]);
    expect(actors("Islamic State's Afghan branch claimed responsibility")).toEqual(["is-khorasan"]);
    expect(actors("أعلن فرع داعش في اليمن")).toEqual(["is-yemen"]);
  });

  it("reads a wire's descriptor of a branch as the branch itself, never its parent", () => {
    expect(actors("broke away from al-Qaeda's North African branch")).toEqual(["aqim"]);
    expect(actors("al Qaeda's Yemeni affiliate")).toEqual(["aqap"]);
    expect(actors("al-Qaeda's Syrian branch")).toEqual(["al-nusra"]);
    expect(actors("Islamic State's West Africa branch and Islamic State's Afghan affiliate")).toEqual(["iswap", "is-khorasan"]);
    expect(actors("فرع تنظيم الدولة الإسلامية في اليمن وفرع القاعدة في شمال أفريقيا")).toEqual(["is-yemen", "aqim"]);
  });
});
