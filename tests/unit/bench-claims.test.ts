import { describe, expect, it } from "vitest";
import { syntheticClaims, SYNTHETIC_MARK } from "@/lib/bench/claims";
import { applyCuration, Curation } from "@/lib/articles/curation";
import { Article, Claim } from "@/lib/schema/article";
import type { Place } from "@/lib/schema/gazetteer";

const PLACES: Place[] = [
  { id: "country:IRQ", kind: "country", countries: ["IRQ"], nameEn: "Iraq", nameAr: "العراق", aliasesEn: [], aliasesAr: [], point: [44, 33] },
  { id: "city:1", kind: "city", countries: ["SYR"], nameEn: "Testville", nameAr: "تست", aliasesEn: [], aliasesAr: [], point: [38, 35] },
  { id: "province:IQ-NI", kind: "province", countries: ["IRQ"], nameEn: "Nineveh", nameAr: "نينوى", aliasesEn: [], aliasesAr: [], point: [42, 36] },
];

describe("synthetic bench claims", () => {
  it("are valid claims of a valid article, every quote being the passage text at its span", () => {
    const { article, claims } = syntheticClaims(500, PLACES, { seed: 7 });
    expect(() => Article.parse(article)).not.toThrow();
    expect(claims).toHaveLength(500);
    const passages = new Map(article.passages.map((p) => [p.id, p]));
    for (const c of claims) {
      expect(() => Claim.parse(c)).not.toThrow();
      expect(passages.get(c.passageId)!.text.slice(c.span.start, c.span.end)).toBe(c.quote);
      expect(article.text.slice(passages.get(c.passageId)!.start, passages.get(c.passageId)!.end)).toBe(c.quote);
    }
    // The store drops claims whose quote does not match; none of these may be dropped.
    expect(applyCuration(article, claims, Curation.parse({ version: 1, article: article.slug })).claims).toHaveLength(500);
  });

  it("are the same for the same seed, different for another, and unique by id", () => {
    const a = syntheticClaims(200, PLACES, { seed: 1 }).claims;
    expect(syntheticClaims(200, PLACES, { seed: 1 }).claims).toEqual(a);
    expect(syntheticClaims(200, PLACES, { seed: 2 }).claims).not.toEqual(a);
    expect(new Set(a.map((c) => c.id)).size).toBe(200);
  });

  it("say in every passage that they are fixtures, and give pledges a from and a to actor", () => {
    const { article, claims } = syntheticClaims(300, PLACES);
    expect(article.passages.every((p) => p.text.startsWith(SYNTHETIC_MARK))).toBe(true);
    for (const c of claims.filter((x) => x.kind === "pledge" || x.kind === "defection")) {
      expect(c.fromActor).toBeTruthy();
      expect(c.toActor).not.toBe(c.fromActor);
    }
  });

  it("spread over every given actor, every given year and, by country, every country alike", () => {
    // Two Syrian places against one Iraqi one: picking by country still gives Iraq half the claims.
    const places = [PLACES[0]!, PLACES[1]!, { ...PLACES[1]!, id: "city:2" }];
    const actors = ["a1", "a2", "a3", "a4"];
    const { claims } = syntheticClaims(4000, places, { actors, years: { from: 2015, count: 10 }, byCountry: true });
    expect(new Set(claims.flatMap((c) => c.actors))).toEqual(new Set(actors));
    expect(new Set(claims.map((c) => c.date!.value.slice(0, 4)))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => String(2015 + i))));
    const firstIrq = claims.filter((c) => c.places[0]!.placeId === "country:IRQ").length / claims.length;
    expect(firstIrq).toBeGreaterThan(0.45);
    expect(firstIrq).toBeLessThan(0.55);
  });

  it("carry the given id prefix, so claims of different synthetic articles never share an id", () => {
    const a = syntheticClaims(3, PLACES, { slug: "a", idPrefix: "s1" }).claims.map((c) => c.id);
    const b = syntheticClaims(3, PLACES, { slug: "b", idPrefix: "s2" }).claims.map((c) => c.id);
    expect(a).toEqual(["c-s1-0", "c-s1-1", "c-s1-2"]);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });
});
