import { describe, expect, it } from "vitest";
import { type PlaceInfo, finestPlaces, sameDirection, sameGroups, samePlace } from "@/lib/events/compatible";
import { buildEventIndex } from "@/lib/events/event-index";
import { type EventClaim, groupEvents, type GroupingContext, outletKey } from "@/lib/events/group";

const PLACES: Record<string, PlaceInfo> = Object.freeze({
  "country:IRQ": { kind: "country", iso: "IRQ", countries: ["IRQ"] },
  "province:IQ-NI": { kind: "province", iso: "IQ-NI", countries: ["IRQ"] },
  "province:IQ-AN": { kind: "province", iso: "IQ-AN", countries: ["IRQ"] },
  "city:mosul": { kind: "city", province: "IQ-NI", countries: ["IRQ"] },
  "city:tal-afar": { kind: "city", province: "IQ-NI", countries: ["IRQ"] },
  "city:ramadi": { kind: "city", province: "IQ-AN", countries: ["IRQ"] },
  "region:sahel": { kind: "region", countries: ["NER", "NGA"] },
});
const PARENTS: Record<string, string> = { aqap: "al-qaeda", aqim: "al-qaeda", "isis-wa": "isis" };
const SOURCES: Record<string, string | undefined> = { a1: "Reuters", a2: "AFP", a3: "reuters ", a4: undefined, a5: undefined };

const ctx: GroupingContext = {
  place: (id) => PLACES[id],
  parentOf: (id) => PARENTS[id],
  outletOf: (article) => SOURCES[article],
};

let n = 0;
function claim(over: Partial<EventClaim> & { place?: string; day?: string }): EventClaim {
  const { place, day, ...rest } = over;
  return {
    id: `c-${(n++).toString().padStart(3, "0")}`,
    article: "a1",
    kind: "territorial-loss",
    actors: ["isis"],
    places: place ? [{ placeId: place, precision: place.startsWith("city") ? "point" : "province" }] : [],
    countries: ["IRQ"],
    date: { value: day ?? "2017-07-10", precision: (day ?? "2017-07-10").length === 10 ? "day" : day?.length === 7 ? "month" : "year", inferred: false },
    ...rest,
  };
}
const grouped = (claims: EventClaim[]) => groupEvents(claims, ctx).map((e) => e.claimIds.map((id) => claims.findIndex((c) => c.id === id)));

describe("event grouping", () => {
  it("groups two articles reporting the same loss at the same town on the same day into one event", () => {
    expect(grouped([claim({ place: "city:mosul" }), claim({ article: "a2", place: "city:mosul" })])).toEqual([[0, 1]]);
  });

  it("never pairs two claims of the same article directly", () => {
    expect(grouped([claim({ place: "city:mosul" }), claim({ place: "city:mosul" })])).toHaveLength(2);
  });

  it("keeps different kinds apart", () => {
    expect(grouped([claim({ place: "city:mosul" }), claim({ article: "a2", kind: "attack", place: "city:mosul" })])).toHaveLength(2);
  });

  it("matches a branch with its parent but not two sibling branches", () => {
    expect(grouped([claim({ actors: ["al-qaeda"], place: "city:mosul" }), claim({ article: "a2", actors: ["aqap"], place: "city:mosul" })])).toHaveLength(1);
    expect(grouped([claim({ actors: ["aqim"], place: "city:mosul" }), claim({ article: "a2", actors: ["aqap"], place: "city:mosul" })])).toHaveLength(2);
  });

  it("does not take a claim about two groups for one about either alone", () => {
    expect(sameGroups(["isis", "al-qaeda"], ["isis"], ctx.parentOf)).toBe(false);
    expect(sameGroups(["al-qaeda", "isis"], ["isis", "aqap"], ctx.parentOf)).toBe(true);
  });

  it("groups a town with the province it lies in, but not with another province", () => {
    expect(grouped([claim({ place: "province:IQ-NI" }), claim({ article: "a2", place: "city:mosul" })])).toHaveLength(1);
    expect(grouped([claim({ place: "province:IQ-AN" }), claim({ article: "a2", place: "city:mosul" })])).toHaveLength(2);
  });

  it("never lets a country-level claim absorb a town-level one", () => {
    expect(samePlace("country:IRQ", "city:mosul", ctx.place)).toBe(false);
    expect(grouped([claim({ place: "country:IRQ" }), claim({ article: "a2", place: "city:mosul" })])).toHaveLength(2);
    // A claim naming Mosul and Iraq is about Mosul: it does not join the country-level report.
    const both = claim({
      article: "a2",
      places: [
        { placeId: "city:mosul", precision: "point" },
        { placeId: "country:IRQ", precision: "country" },
      ],
    });
    expect(finestPlaces(both, ctx.place)).toEqual(["city:mosul"]);
    expect(grouped([claim({ places: [], countries: ["IRQ"] }), both])).toHaveLength(2);
  });

  it("keeps two towns of one province apart", () => {
    expect(grouped([claim({ place: "city:tal-afar" }), claim({ article: "a2", place: "city:mosul" })])).toHaveLength(2);
  });

  it("matches a region only with itself", () => {
    expect(samePlace("region:sahel", "region:sahel", ctx.place)).toBe(true);
    expect(samePlace("region:sahel", "province:IQ-NI", ctx.place)).toBe(false);
  });

  it("groups dates that overlap at their precision and keeps others apart", () => {
    expect(grouped([claim({ place: "city:mosul", day: "2017-07" }), claim({ article: "a2", place: "city:mosul", day: "2017-07-10" })])).toHaveLength(1);
    expect(grouped([claim({ place: "city:mosul", day: "2017-06-30" }), claim({ article: "a2", place: "city:mosul", day: "2017-07-01" })])).toHaveLength(2);
  });

  it("does not let a year-precise report chain January to December", () => {
    const out = grouped([
      claim({ place: "city:mosul", day: "2017-01-05" }),
      claim({ article: "a2", place: "city:mosul", day: "2017" }),
      claim({ article: "a3", place: "city:mosul", day: "2017-12-20" }),
    ]);
    expect(out).toEqual([[1, 0], [2]]); // earliest start first: "2017" begins on 1 January
  });

  it("keeps undated claims as events of their own", () => {
    expect(grouped([claim({ place: "city:mosul", date: undefined }), claim({ article: "a2", place: "city:mosul", date: undefined })])).toHaveLength(2);
  });

  it("treats the two directions of an allegiance shift as different events", () => {
    const shift = (article: string, fromActor: string, toActor: string) =>
      claim({ article, kind: "pledge", actors: [fromActor, toActor], fromActor, toActor, place: "city:mosul" });
    expect(sameDirection({ fromActor: "isis", toActor: "al-qaeda" }, { fromActor: "al-qaeda", toActor: "isis" }, ctx.parentOf)).toBe(false);
    expect(grouped([shift("a1", "isis", "al-qaeda"), shift("a2", "al-qaeda", "isis")])).toHaveLength(2);
    expect(grouped([shift("a1", "isis", "al-qaeda"), shift("a2", "isis", "al-qaeda")])).toHaveLength(1);
  });

  it("derives an event's id from its earliest claim, whatever order the claims come in", () => {
    const a = claim({ place: "city:mosul", day: "2017-07-10" });
    const b = claim({ article: "a2", place: "city:mosul", day: "2017-07" });
    const first = groupEvents([a, b], ctx)[0]!.id;
    expect(groupEvents([b, a], ctx)[0]!.id).toBe(first);
    expect(first).toBe(`e-${b.id.slice(2)}`);
  });

  it("counts distinct outlets, not articles: two articles of one wire count once", () => {
    const e = groupEvents([claim({ place: "city:mosul" }), claim({ article: "a3", place: "city:mosul" }), claim({ article: "a2", place: "city:mosul" })], ctx);
    expect(e).toHaveLength(1);
    expect(e[0]!.sources).toBe(2);
    expect(outletKey(" Reuters", "x")).toBe(outletKey("reuters", "y"));
  });

  it("makes two articles carrying one wire verbatim (so the same claim id) one event of two outlets, listing the id once", () => {
    const a = claim({ place: "city:mosul" });
    const idx = buildEventIndex([a, { ...a, article: "a2" }], ctx, [{ action: "merge", claimIds: [a.id] }]);
    expect(idx.events.size).toBe(1);
    expect(idx.eventOf(a.id)).toMatchObject({ claimIds: [a.id], sources: 2 });
  });

  it("counts each article without a stated source as an outlet of its own", () => {
    expect(groupEvents([claim({ article: "a4", place: "city:mosul" }), claim({ article: "a5", place: "city:mosul" })], ctx)[0]!.sources).toBe(2);
  });
});

describe("editors' overrides", () => {
  const a = claim({ place: "city:mosul", day: "2017-07-01" });
  const b = claim({ article: "a2", place: "city:mosul", day: "2017-07-01" });
  const c = claim({ article: "a3", place: "city:ramadi", day: "2017-07-01" });
  const d = claim({ article: "a3", place: "city:mosul", day: "2017-07" });

  it("splits the named claims off into an event of their own, and the rest keep theirs", () => {
    const before = buildEventIndex([a, b, d], ctx);
    expect(before.events.size).toBe(1);
    const after = buildEventIndex([a, b, d], ctx, [{ action: "split", claimIds: [b.id] }]);
    expect(after.events.size).toBe(2);
    expect(after.eventOf(b.id)!.claimIds).toEqual([b.id]);
    expect(after.eventOf(a.id)!.claimIds).toEqual(expect.arrayContaining([a.id, d.id]));
  });

  it("merges two events into one whose id comes from the earliest claim", () => {
    const idx = buildEventIndex([a, c], ctx, [{ action: "merge", claimIds: [c.id, a.id] }]);
    expect(idx.events.size).toBe(1);
    expect(idx.eventOf(c.id)!.id).toBe(`e-${a.id.slice(2)}`);
    expect(idx.eventOf(c.id)!.sources).toBe(1); // a1 and a3 are both Reuters
  });

  it("ignores an override whose claims are gone", () => {
    expect(buildEventIndex([a, b], ctx, [{ action: "split", claimIds: ["c-gone"] }]).events.size).toBe(1);
  });
});
