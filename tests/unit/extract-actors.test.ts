import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ActorLexicon, buildActorMatcher, matchActors, mergeLexicons, LocalLexicon } from "@/lib/extract/actors";
import { loadActorLexicon } from "@/lib/articles/resources";
import { tokenize } from "@/lib/text/tokens";

const lex = ActorLexicon.parse(JSON.parse(readFileSync("geodata/lexicon/actors.json", "utf8")));
const m = buildActorMatcher(lex);
const actors = (t: string) => matchActors(m, tokenize(t)).map((x) => x.actor.id);

describe("actor lexicon", () => {
  it("validates and every actor has a colour and both names", () => {
    const l = loadActorLexicon();
    for (const a of l.actors) expect(a.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(l.actors.map((a) => a.id)).toEqual(expect.arrayContaining(["isis", "al-qaeda", "aqap", "aqim", "taliban", "boko-haram", "iswap", "isgs"]));
  });
  it("finds ISIS under its Arabic and English names", () => {
    expect(actors("داعش وتنظيم الدولة الإسلامية وقادة الخلافة")).toEqual(["isis", "isis", "isis"]);
    expect(actors("the Islamic State, ISIL and IS fighters")).toEqual(["isis", "isis", "isis"]);
  });
  it("matches acronyms case-sensitively: 'is' is a verb", () => {
    expect(actors("this is what it is")).toEqual([]);
  });
  it("AQAP wins over plain al-Qaeda when the longer phrase matches", () => {
    expect(actors("مذيع مرتبط بالقاعدة في شبه الجزيرة العربية (AQAP)")).toEqual(["aqap", "aqap"]);
    expect(actors("ولائهم للقاعدة")).toEqual(["al-qaeda"]);
    expect(actors("al-Qaeda in the Arabian Peninsula and al-Qaeda")).toEqual(["aqap", "al-qaeda"]);
  });
  it("finds people and the Sahrawis", () => {
    expect(actors("موالين للبغدادي")).toEqual(["abu-bakr-al-baghdadi"]);
    expect(actors("عودة عدنان أبي وليد الصحراوي ثم الصحراويين")).toEqual(["adnan-abu-walid-al-sahrawi", "adnan-abu-walid-al-sahrawi"]);
    expect(actors("Boko Haram and ISWAP in the Islamic State in the Greater Sahara")).toEqual(["boko-haram", "iswap", "isgs"]);
  });
  it("a local lexicon extends and overrides by id", () => {
    const local = LocalLexicon.parse({
      version: 1,
      actors: [
        { id: "taliban", color: "#000000" },
        { id: "jnim", kind: "group", nameEn: "JNIM", nameAr: "جماعة نصرة الإسلام والمسلمين", namesAr: ["نصرة الإسلام والمسلمين"], affiliation: ["al-qaeda"], color: "#123456" },
      ],
    });
    const merged = mergeLexicons(lex, local);
    expect(merged.actors.find((a) => a.id === "taliban")?.color).toBe("#000000");
    expect(merged.actors.find((a) => a.id === "taliban")?.namesAr).toContain("طالبان");
    expect(matchActors(buildActorMatcher(merged), tokenize("جماعة نصرة الإسلام والمسلمين")).map((x) => x.actor.id)).toEqual(["jnim"]);
    expect(() => mergeLexicons(lex, LocalLexicon.parse({ version: 1, actors: [{ id: "x", kind: "group", nameEn: "X", nameAr: "س", parent: "nope", color: "#111111" }] }))).toThrow(
      /unknown actor/,
    );
  });
});
