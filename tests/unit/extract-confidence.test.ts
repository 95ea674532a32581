import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { buildActorMatcher } from "@/lib/extract/actors";
import { claimConfidence } from "@/lib/extract/confidence";
import { buildPlaceMatcher, PlaceAliases } from "@/lib/extract/place-matcher";
import { ingestText } from "@/lib/articles/ingest";
import { loadActorLexicon } from "@/lib/articles/resources";

const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const m = { places: buildPlaceMatcher(gaz, aliases), actors: buildActorMatcher(loadActorLexicon()) };
const pub = { value: "2017-07-10", precision: "day" as const, inferred: false };
const claims = (text: string) => ingestText(text, { slug: "t", published: pub }, m).claims;
const base = { kind: "attack" as const, strength: 1, cues: 1, places: ["city"], certainty: "asserted" as const, placeFromContext: false };

describe("confidence reflects the evidence", () => {
  it("a clear agent is surer than a guessed one", () => {
    expect(claimConfidence(base)).toBeGreaterThan(claimConfidence({ ...base, strength: 0.5 }));
  });
  it("a town named in the clause is surer than a country alone, and any place than none", () => {
    expect(claimConfidence(base)).toBeGreaterThan(claimConfidence({ ...base, places: ["country"] }));
    expect(claimConfidence({ ...base, places: ["country"] })).toBeGreaterThan(claimConfidence({ ...base, places: [] }));
  });
  it("a place inherited from an earlier passage is less sure than one named", () => {
    expect(claimConfidence(base)).toBeGreaterThan(claimConfidence({ ...base, placeFromContext: true }));
  });
  it("hedged and second-hand claims are less sure than asserted ones", () => {
    expect(claimConfidence(base)).toBeGreaterThan(claimConfidence({ ...base, certainty: "reported" }));
    expect(claimConfidence({ ...base, certainty: "reported" })).toBeGreaterThan(claimConfidence({ ...base, certainty: "hedged" }));
  });
  it("a loss told by an ouster or a retaking is surer than one told by a bare 'lost' or 'fell'", () => {
    const loss = { ...base, kind: "territorial-loss" as const };
    expect(claimConfidence({ ...loss, family: "oust" })).toBeGreaterThan(claimConfidence({ ...loss, family: "lose" }));
    expect(claimConfidence({ ...loss, family: "retake" })).toBeGreaterThan(claimConfidence({ ...loss, family: "lose" }));
  });
  it("a bare attack verb is less sure than a claim of responsibility", () => {
    expect(claimConfidence({ ...base, family: "claimed" })).toBeGreaterThan(claimConfidence({ ...base, family: "attack" }));
  });
  it("a state said to hold still, or a dated event, is surer; a headline's compressed telling less so", () => {
    const presence = { ...base, kind: "presence" as const, family: "presence" as const };
    expect(claimConfidence({ ...presence, still: true })).toBeGreaterThan(claimConfidence(presence));
    expect(claimConfidence({ ...base, dated: true })).toBeGreaterThan(claimConfidence(base));
    expect(claimConfidence({ ...base, headline: true })).toBeLessThan(claimConfidence(base));
  });
  it("stays within (0, 1)", () => {
    expect(claimConfidence({ ...base, strength: 0, places: [], kind: "defection", certainty: "hedged", placeFromContext: true })).toBeGreaterThan(0);
    expect(claimConfidence({ ...base, cues: 3 })).toBeLessThan(1);
  });
  it("an army retaking a named city is surer than the same loss with only the country named", () => {
    const [town] = claims("Iraqi forces retook Mosul from ISIS.");
    const [country] = claims("Iraqi forces retook ground in Iraq from ISIS.");
    expect(town!.confidence).toBeGreaterThan(country!.confidence);
  });
  it("the same claim told in a second passage is surer than when told once", () => {
    const once = claims("Iraqi forces retook Mosul from ISIS.")[0]!;
    const twice = claims("Iraqi forces retook Mosul from ISIS.\n\nThe army said it had retaken Mosul from ISIS after weeks of fighting.");
    expect(twice.length).toBeGreaterThan(0);
    expect(Math.max(...twice.map((c) => c.confidence))).toBeGreaterThan(once.confidence);
  });
});
