import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/extract/actors";
import type { Gold } from "@/lib/eval/gold";
import { dateAgrees, prf, scoreArticle, thresholdCurve, totals } from "@/lib/eval/score";
import { finestPlaces, foldName, samePlace, type Lookup } from "@/lib/eval/tuples";
import type { Claim } from "@/lib/schema/article";
import type { Place } from "@/lib/schema/gazetteer";

const place = (p: Partial<Place> & Pick<Place, "id" | "kind" | "countries" | "nameEn">): Place => ({ nameAr: "-", aliasesEn: [], aliasesAr: [], point: [0, 0], ...p }) as Place;
const PLACES = [
  place({ id: "country:IRQ", kind: "country", countries: ["IRQ"], nameEn: "Iraq", iso: "IRQ" }),
  place({ id: "country:SYR", kind: "country", countries: ["SYR"], nameEn: "Syria", iso: "SYR" }),
  place({ id: "country:NGA", kind: "country", countries: ["NGA"], nameEn: "Nigeria", iso: "NGA" }),
  place({ id: "province:IQ-NI", kind: "province", countries: ["IRQ"], nameEn: "Nineveh", iso: "IQ-NI" }),
  place({ id: "city:99072", kind: "city", countries: ["IRQ"], nameEn: "Mosul", aliasesEn: ["Al Mawsil"], province: "IQ-NI" }),
  place({ id: "city:1", kind: "city", countries: ["IRQ"], nameEn: "Tall Afar", aliasesEn: ["Tal Afar"], province: "IQ-NI" }),
  place({ id: "region:sahel", kind: "region", countries: ["NER", "NGA", "DZA"], nameEn: "Sahel" }),
];
const actor = (id: string, kind: "group" | "person" = "group", affiliation: string[] = []): Actor => ({
  id,
  kind,
  nameEn: id,
  nameAr: id,
  affiliation,
  namesAr: [],
  namesEn: [],
  acronymsEn: [],
  color: "#000000",
});
const LK: Lookup = {
  places: new Map(PLACES.map((p) => [p.id, p])),
  actors: new Map([actor("isis"), actor("boko-haram"), actor("al-qaeda"), actor("abu-bakr-al-baghdadi", "person", ["isis"])].map((a) => [a.id, a])),
};

let n = 0;
const claim = (c: Partial<Claim> & Pick<Claim, "kind" | "actors">, placeIds: string[], countries: string[] = []): Claim =>
  ({
    id: `c-${n++}`,
    article: "a",
    passageId: "p-1",
    span: { start: 0, end: 1 },
    quote: "x",
    certainty: "asserted",
    method: "auto",
    confidence: 0.5,
    summary: "",
    places: placeIds.map((placeId) => ({ placeId, precision: "point" })),
    countries,
    ...c,
  }) as Claim;

const gold = (g: Partial<Gold>): Gold => ({ lang: "en", published: "2017-07-10", phenomena: [], mentions: [], claims: [], ...g });

describe("eval scoring", () => {
  it("a claim naming a town, its province and its country counts once, at the town", () => {
    expect(finestPlaces(["country:IRQ", "province:IQ-NI", "city:99072"], LK.places)).toEqual(["city:99072"]);
  });

  it("a region is never reduced to the countries or provinces beside it", () => {
    expect(finestPlaces(["region:sahel", "country:NGA"], LK.places)).toEqual(["country:NGA", "region:sahel"]);
  });

  it("a gold town matches a gazetteer city by any English spelling in the same country", () => {
    expect(samePlace("town:Tal Afar@IRQ", "city:1", LK.places)).toBe(true);
    expect(samePlace("town:Mosul@SYR", "city:99072", LK.places)).toBe(false);
    expect(samePlace("town:Mosul@IRQ", "province:IQ-NI", LK.places)).toBe(false);
    expect(foldName("Tall ʿAfar")).toBe("tall afar");
  });

  it("strict claims need kind, groups and place all right", () => {
    const g = gold({ mentions: ["town:Mosul@IRQ"], claims: [{ kind: "territorial-loss", groups: ["isis"], place: "town:Mosul@IRQ", date: "2017-07-09" }] });
    const right = claim({ kind: "territorial-loss", actors: ["isis"], date: { value: "2017-07-09", precision: "day", inferred: true } }, ["city:99072", "country:IRQ"], ["IRQ"]);
    const wrongKind = claim({ kind: "attack", actors: ["isis"] }, ["city:99072"], ["IRQ"]);
    const s = scoreArticle(g, [right, wrongKind], LK);
    expect(s.claims).toEqual({ tp: 1, auto: 2, gold: 1 });
    expect(s.dates).toMatchObject({ matched: 1, goldDated: 1, correct: 1 });
    expect(s.spurious.map((t) => t.kind)).toEqual(["attack"]);
  });

  it("a leader counts as his group, and a repeated claim counts once", () => {
    const g = gold({ mentions: ["country:IRQ"], claims: [{ kind: "presence", groups: ["isis"], place: "country:IRQ" }] });
    const a = [claim({ kind: "presence", actors: ["abu-bakr-al-baghdadi"] }, ["country:IRQ"], ["IRQ"]), claim({ kind: "presence", actors: ["isis"] }, ["country:IRQ"], ["IRQ"])];
    expect(scoreArticle(g, a, LK).claims).toEqual({ tp: 1, auto: 1, gold: 1 });
  });

  it("a reversed pledge is wrong even with the same two groups", () => {
    const g = gold({ mentions: ["country:NGA"], claims: [{ kind: "pledge", groups: ["boko-haram", "isis"], from: "boko-haram", to: "isis", place: "country:NGA" }] });
    const reversed = claim({ kind: "pledge", actors: ["isis", "boko-haram"], fromActor: "isis", toActor: "boko-haram" }, ["country:NGA"], ["NGA"]);
    const right = claim({ kind: "pledge", actors: ["isis", "boko-haram"], fromActor: "boko-haram", toActor: "isis" }, ["country:NGA"], ["NGA"]);
    expect(scoreArticle(g, [reversed], LK).claims.tp).toBe(0);
    expect(scoreArticle(g, [right], LK).claims.tp).toBe(1);
  });

  it("a country on a claim that the article never names as a place is forbidden; a region licenses none", () => {
    const g = gold({ mentions: ["region:sahel", "country:NGA"], claims: [] });
    const a = [claim({ kind: "presence", actors: ["isis"] }, ["region:sahel"], ["NER", "NGA", "DZA"])];
    expect(scoreArticle(g, a, LK).forbidden).toEqual(["DZA", "NER"]);
  });

  it("a date agrees at the gold precision or finer inside it, never coarser", () => {
    expect(dateAgrees("2017-07", { value: "2017-07-09", precision: "day", inferred: false })).toBe(true);
    expect(dateAgrees("2017-07-09", { value: "2017-07", precision: "month", inferred: false })).toBe(false);
    expect(dateAgrees("2017-07", { value: "2017-08", precision: "month", inferred: false })).toBe(false);
    expect(dateAgrees("2017", undefined)).toBe(false);
  });

  it("totals are micro-averaged over articles", () => {
    const g1 = gold({ mentions: ["country:IRQ"], claims: [{ kind: "presence", groups: ["isis"], place: "country:IRQ" }] });
    const s1 = scoreArticle(g1, [claim({ kind: "presence", actors: ["isis"] }, ["country:IRQ"], ["IRQ"])], LK);
    const s2 = scoreArticle(g1, [], LK);
    const t = totals([s1, s2]);
    expect(t.dates).toMatchObject({ matched: 1, goldDated: 0, rightShare: 1 });
    expect(t.claims).toMatchObject({ tp: 1, auto: 1, gold: 2, precision: 1, recall: 0.5 });
    expect(prf({ tp: 0, auto: 0, gold: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe("eval scoring of pledges and defections", () => {
  it("a leader's own pledge is compared as named, not as his group's (which would be a pledge to itself)", () => {
    const lk: Lookup = { ...LK, actors: new Map([...LK.actors, ["sahrawi", actor("sahrawi", "person", ["isis"])]]) };
    const g = gold({ claims: [{ kind: "pledge", groups: ["sahrawi", "isis"], from: "sahrawi", to: "isis", place: null }] });
    const a = [claim({ kind: "pledge", actors: ["sahrawi", "isis"], fromActor: "sahrawi", toActor: "isis" }, [])];
    expect(scoreArticle(g, a, lk).claims.tp).toBe(1);
  });

  it("a pledge the text does not place is judged on its direction, wherever the passage's places put it", () => {
    const g = gold({ mentions: ["country:NGA"], claims: [{ kind: "pledge", groups: ["boko-haram", "isis"], from: "boko-haram", to: "isis", place: null }] });
    const a = [claim({ kind: "pledge", actors: ["boko-haram", "isis"], fromActor: "boko-haram", toActor: "isis" }, ["country:NGA"], ["NGA"])];
    expect(scoreArticle(g, a, LK).claims.tp).toBe(1);
  });
});

describe("eval calibration", () => {
  it("keeping only confident claims trades recall for precision, as the curve reports", () => {
    const g = gold({ mentions: ["country:IRQ"], claims: [{ kind: "presence", groups: ["isis"], place: "country:IRQ" }] });
    const s = scoreArticle(
      g,
      [
        claim({ kind: "presence", actors: ["isis"], confidence: 0.9 }, ["country:IRQ"], ["IRQ"]),
        claim({ kind: "attack", actors: ["isis"], confidence: 0.4 }, ["country:IRQ"], ["IRQ"]),
      ],
      LK,
    );
    const [all, confident] = thresholdCurve([s], [0, 0.5]);
    expect(all).toMatchObject({ kept: 2, prf: { precision: 0.5, recall: 1 } });
    expect(confident).toMatchObject({ kept: 1, prf: { precision: 1, recall: 1 } });
  });
});
