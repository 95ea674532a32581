import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlaceInfo } from "@/lib/events/compatible";
import { byArticle } from "@/lib/events/event-index";
import { type CorpusEvent, type EventClaim, type GroupingContext, groupEvents, outletKey } from "@/lib/events/group";
import { EventGrouping } from "@/lib/events/incremental";
import { applyOverrides, type EventOverride } from "@/lib/events/overrides";
import { intervalOf } from "@/lib/view/date-range";

// A small world where many claims can match: one province with two towns, a second province,
// two countries and a region over both; a branch and its parent group.
const PLACES = new Map<string, PlaceInfo>([
  ["country:IRQ", { kind: "country", iso: "IRQ", countries: ["IRQ"] }],
  ["country:SYR", { kind: "country", iso: "SYR", countries: ["SYR"] }],
  ["province:IQ-NI", { kind: "province", iso: "IQ-NI", countries: ["IRQ"] }],
  ["province:IQ-AN", { kind: "province", iso: "IQ-AN", countries: ["IRQ"] }],
  ["city:mosul", { kind: "city", province: "IQ-NI", countries: ["IRQ"] }],
  ["city:tal-afar", { kind: "city", province: "IQ-NI", countries: ["IRQ"] }],
  ["city:ramadi", { kind: "city", province: "IQ-AN", countries: ["IRQ"] }],
  ["region:levant", { kind: "region", countries: ["IRQ", "SYR"] }],
]);
const PARENT: Record<string, string> = { "isis-iraq": "isis" };
const OUTLET: Record<string, string | undefined> = { a0: "Reuters", a1: "Reuters", a2: "AFP", a3: undefined, a4: "AFP", a5: undefined };
const ctx: GroupingContext = { place: (id) => PLACES.get(id), parentOf: (id) => PARENT[id], outletOf: (a) => OUTLET[a] };

const ARTICLES = Object.keys(OUTLET);
const DATES = ["2017", "2017-06", "2017-07", "2017-06-10", "2017-06-30", "2017-07-01", "2018", "2018-01", "2017-12-31", "2018-01-01"];

const arbClaim = fc.record({
  kind: fc.constantFrom("territorial-loss", "presence"),
  actors: fc.constantFrom(["isis"], ["isis-iraq"], ["aq"], ["isis", "aq"], []),
  places: fc.subarray([...PLACES.keys()], { maxLength: 3 }),
  date: fc.option(fc.constantFrom(...DATES), { nil: undefined, freq: 6 }),
});
type Drawn = { kind: string; actors: readonly string[]; places: string[]; date?: string | undefined };

/** The claims of one article; ids unique unless `pool` (then drawn from a few, so they repeat across articles). */
function claimsOf(article: string, drawn: Drawn[], version: number, pool?: number): EventClaim[] {
  return drawn.map((d, i) => ({
    id: pool ? `c-${(i * 7 + version) % pool}` : `c-${article}-${version}-${i}`,
    article,
    kind: d.kind as EventClaim["kind"],
    actors: [...d.actors],
    places: d.places.map((placeId) => ({ placeId, precision: "point" as const })),
    countries: ["IRQ"],
    ...(d.date ? { date: { value: d.date, precision: d.date.length === 4 ? "year" : d.date.length === 7 ? "month" : "day", inferred: false } as const } : {}),
  }));
}

/** A write: an article (re)ingested with new claims, or deleted. */
const arbStep = fc.record({ article: fc.constantFrom(...ARTICLES), claims: fc.option(fc.array(arbClaim, { maxLength: 6 }), { nil: null, freq: 5 }) });

/** The claims of the corpus in corpus order (article slug, then position), like the store's read. */
const corpusClaims = (articles: Map<string, EventClaim[]>) => [...articles.keys()].sort().flatMap((a) => articles.get(a)!);

/** The grouping as it was done before it was incremental: every claim grouped at once, then the overrides. */
function fromScratch(claims: readonly EventClaim[], overrides: readonly EventOverride[]): CorpusEvent[] {
  const byId = new Map<string, EventClaim[]>();
  for (const c of claims) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const key = (id: string) => `${byId.get(id)?.[0]?.date ? intervalOf(byId.get(id)![0]!.date!.value).start : "9999"}|${id}`;
  const live = overrides.map((o) => ({ ...o, claimIds: o.claimIds.filter((id) => byId.has(id)) }));
  const outlets = (id: string) => (byId.get(id) ?? []).map((c) => outletKey(ctx.outletOf(c.article), c.article));
  return applyOverrides({ events: groupEvents(claims, ctx), outletsOfClaim: outlets }, live, (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const keyOf = (e: CorpusEvent) => JSON.stringify([e.id, e.claimIds, e.sources]);
const sorted = (events: readonly CorpusEvent[]) => [...events].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));

/** Overrides naming claims by id among those ever written (some deleted since: they are skipped). */
function overridesFor(picks: { action: "split" | "merge"; ids: number[] }[], ids: readonly string[]): EventOverride[] {
  return ids.length ? picks.map((p) => ({ action: p.action, claimIds: [...new Set(p.ids.map((i) => ids[i % ids.length]!))] })) : [];
}
const arbOverrides = fc.array(fc.record({ action: fc.constantFrom("split" as const, "merge" as const), ids: fc.array(fc.nat(60), { minLength: 1, maxLength: 4 }) }), {
  maxLength: 3,
});

describe("incremental event grouping", () => {
  it("gives the same events as grouping every claim from scratch, whatever the order of the writes", () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 12 }), arbOverrides, (steps, picks) => {
        const grouping = new EventGrouping(ctx);
        const articles = new Map<string, EventClaim[]>();
        const everId: string[] = [];
        steps.forEach((s, v) => {
          if (s.claims) articles.set(s.article, claimsOf(s.article, s.claims, v));
          else articles.delete(s.article);
          everId.push(...(articles.get(s.article) ?? []).map((c) => c.id));
          // Overrides come and go too: each write sees those made so far.
          const overrides = overridesFor(picks.slice(0, v % (picks.length + 1)), everId);
          grouping.patch(new Map([[s.article, articles.get(s.article)]]), overrides);
          const claims = corpusClaims(articles);
          const want = fromScratch(claims, overrides);
          const got = grouping.lookups();
          expect(sorted(got.list())).toEqual(sorted(want));
          for (const c of claims) expect(got.eventOf(c.id)).toEqual(want.find((e) => e.claimIds.includes(c.id)));
        });
      }),
      { numRuns: 150 },
    );
  });

  it("patched with only the article each write names, gives the same events as grouping every claim from scratch", () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 12 }), arbOverrides, fc.boolean(), (steps, picks, repeat) => {
        const grouping = new EventGrouping(ctx);
        const articles = new Map<string, EventClaim[]>();
        const everId: string[] = [];
        steps.forEach((s, v) => {
          if (s.claims) articles.set(s.article, claimsOf(s.article, s.claims, v, repeat ? 5 : undefined));
          else articles.delete(s.article);
          everId.push(...(articles.get(s.article) ?? []).map((c) => c.id));
          // Editors' overrides with unique ids only: where ids repeat, which copy an override names follows the order of writes (update's too).
          const overrides = repeat ? [] : overridesFor(picks.slice(0, v % (picks.length + 1)), everId);
          // What the store's reader hands over after one write: that article, or undefined once deleted.
          grouping.patch(new Map([[s.article, articles.get(s.article)]]), overrides);
          const claims = corpusClaims(articles);
          const fresh = new EventGrouping(ctx);
          fresh.update(byArticle(claims), overrides);
          const [got, want] = [grouping.lookups(), fresh.lookups()];
          expect(sorted(got.list())).toEqual(sorted(want.list()));
          for (const c of claims) expect(got.eventOf(c.id)).toEqual(want.eventOf(c.id));
        });
      }),
      { numRuns: 150 },
    );
  });

  it("ends in the same state as one build of the final corpus when ids repeat across articles", () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 12 }), (steps) => {
        const grouping = new EventGrouping(ctx);
        const articles = new Map<string, EventClaim[]>();
        steps.forEach((s, v) => {
          if (s.claims) articles.set(s.article, claimsOf(s.article, s.claims, v, 5));
          else articles.delete(s.article);
          grouping.update(articles, []);
        });
        const fresh = new EventGrouping(ctx);
        fresh.update(byArticle(corpusClaims(articles)), []);
        const [a, b] = [grouping.lookups(), fresh.lookups()];
        expect(sorted(a.list())).toEqual(sorted(b.list()));
        for (const c of corpusClaims(articles)) expect(a.eventOf(c.id)).toEqual(b.eventOf(c.id));
      }),
      { numRuns: 150 },
    );
  });

  it("reports as changed only the claims that share a cell and a year with the write, and joins the town to its province", () => {
    const grouping = new EventGrouping(ctx);
    const far = claimsOf("a0", [{ kind: "presence", actors: ["isis"], places: ["city:ramadi"], date: "2017-06" }], 0);
    const near = claimsOf("a1", [{ kind: "presence", actors: ["isis"], places: ["province:IQ-NI"], date: "2017-06" }], 0);
    grouping.update(
      new Map([
        ["a0", far],
        ["a1", near],
      ]),
      [],
    );
    const written = claimsOf("a2", [{ kind: "presence", actors: ["isis"], places: ["city:tal-afar"], date: "2017-06-10" }], 1);
    const changed = grouping.update(
      new Map([
        ["a0", far],
        ["a1", near],
        ["a2", written],
      ]),
      [],
    );
    expect(changed.map((c) => c.id).sort()).toEqual([near[0]!.id, written[0]!.id].sort());
    expect(grouping.lookups().eventOf(written[0]!.id)).toEqual(grouping.lookups().eventOf(near[0]!.id));
  });
});
