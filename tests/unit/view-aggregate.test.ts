import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClaimAggregate } from "@/lib/view/aggregate";
import { dashboardModel, unfilteredModel } from "@/lib/view/dashboard-model";
import { NO_FILTERS } from "@/lib/view/view-state";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const ACTORS = [
  { id: "isis", nameEn: "ISIS", nameAr: "داعش", color: "#111111" },
  { id: "taliban", nameEn: "Taliban", nameAr: "طالبان", color: "#222222" },
];
const share = (value: number) => ({ text: `${value}%`, value, unit: "percent" as const });

const articleA = [
  claim({
    kind: "territorial-loss",
    article: "a",
    places: [ref("country:IRQ")],
    countries: ["IRQ"],
    quantity: share(70),
    date: { value: "2017", precision: "year", inferred: false },
  }),
  claim({ kind: "defection", article: "a", places: [ref("country:IRQ")], fromActor: "isis", toActor: "taliban", countries: ["IRQ"] }),
];
const articleB = [
  claim({ kind: "territorial-loss", article: "b", places: [ref("country:IRQ"), ref("country:SYR")], countries: ["IRQ", "SYR"], quantity: share(40) }),
  claim({ kind: "recruitment", article: "b", places: [ref("city:1"), ref("region:border")], countries: ["SYR"], date: { value: "2018-03", precision: "month", inferred: false } }),
  claim({ kind: "territorial-loss", article: "b", places: [ref("country:IRQ")], countries: ["IRQ"], quantity: share(30) }),
];

describe("the corpus aggregate", () => {
  it("taken out and put back article by article, equals counting afresh, layers' entries included", () => {
    const fresh = new ClaimAggregate(PLACES, { layers: true }).apply([...articleA, ...articleB], 1);
    const patched = new ClaimAggregate(PLACES, { layers: true })
      .apply(articleB, 1)
      .apply(articleA, 1)
      .apply(articleA, -1)
      .apply(articleB, -1)
      .apply(articleA, 1)
      .apply(articleB, 1);
    expect(patched.markList()).toEqual(fresh.markList());
    expect([...patched.placeEntries.keys()].sort()).toEqual([...fresh.placeEntries.keys()].sort());
    expect(patched.placeEntries.get("territorial-loss@country:IRQ")!.claims).toBe(3);
  });

  it("forgets a figure once the claim stating it is taken out", () => {
    const agg = new ClaimAggregate(PLACES).apply([...articleA, ...articleB], 1);
    const loss = () => agg.markList().find((m) => m.id === "territorial-loss@country:IRQ")!;
    expect(loss().value).toBe(70);
    agg.apply(articleA, -1);
    expect(loss()).toMatchObject({ value: 30, claims: 1 });
    agg.apply(articleB, -1);
    expect(agg.markList()).toEqual([]);
    expect(agg.total).toBe(0);
  });

  it("gives the unfiltered model the same figures as filtering every claim", () => {
    const all = [...articleA, ...articleB];
    const input = {
      claims: all,
      places: PLACES,
      actors: ACTORS,
      articles: [
        { slug: "a", title: "A", lang: "en" as const, curated: true },
        { slug: "b", title: "B", lang: "ar" as const },
      ],
    };
    const agg = new ClaimAggregate(PLACES).apply(articleB, 1).apply(articleA, 1);
    const live = unfilteredModel(agg, input, NO_FILTERS);
    const scanned = dashboardModel(input, NO_FILTERS);
    const strip = (m: typeof live) => ({
      ...m,
      marks: m.marks.map((k) => ({ ...k, articles: [...k.articles].sort() })).sort((x, y) => x.id.localeCompare(y.id)),
      actors: [...m.actors].sort((x, y) => x.id.localeCompare(y.id)),
    });
    expect(strip(live)).toEqual(strip(scanned));
  });
});

describe("unreviewed marks (issue 15) in the aggregate", () => {
  it("marks a place drawn only from proposed claims unreviewed, and one with an accepted claim not", () => {
    const [a, b] = articleA;
    const proposed = { ...a!, status: "proposed" as const };
    expect(
      new ClaimAggregate(PLACES)
        .apply([proposed], 1)
        .markList()
        .every((m) => m.unreviewed),
    ).toBe(true);
    const mixed = new ClaimAggregate(PLACES).apply([proposed, { ...a!, id: `${a!.id}-x` }], 1).markList();
    expect(mixed.some((m) => m.unreviewed)).toBe(false);
    expect(b).toBeDefined();
  });
});

describe("events in the aggregate (issue 16)", () => {
  const [x, y] = [articleB[0]!, { ...articleA[0]!, quantity: share(40) }];
  const one = { eventOf: () => ({ id: "e-1" }), outletOf: (c: { article: string }) => c.article };
  const two = { eventOf: (id: string) => ({ id: `e-${id}` }), outletOf: () => "wire" };
  it("counts distinct events per mark and per layer, and counts again the claims a new grouping moves", () => {
    const agg = new ClaimAggregate(PLACES, { events: one }).apply([x, y], 1);
    const irq = () => agg.markList().find((m) => m.id === "territorial-loss@country:IRQ" || m.id.startsWith("territorial-loss@"))!;
    expect(agg.layerCounts["territorial-loss"]).toBe(1);
    expect(irq()).toMatchObject({ claims: expect.any(Number), events: 1 });
    agg.rekey(two, [x, y]);
    expect(agg.layerCounts["territorial-loss"]).toBe(2);
    const fresh = new ClaimAggregate(PLACES, { events: two }).apply([x, y], 1);
    expect(agg.markList()).toEqual(fresh.markList());
    expect(agg.apply([x, y], -1).markList()).toEqual([]);
  });
});

describe("the corpus aggregate patched article by article (ingest-one's path)", () => {
  const PLACE_IDS = ["country:IRQ", "country:SYR", "province:IQ-AA", "region:border", "city:1"];
  const KINDS = ["territorial-loss", "recruitment", "pledge", "defection", "presence", "attack"] as const;
  const arbClaim = fc.record({
    kind: fc.constantFrom(...KINDS),
    places: fc.subarray(PLACE_IDS, { minLength: 1, maxLength: 3 }),
    actor: fc.constantFrom("isis", "taliban"),
    share: fc.option(fc.constantFrom(30, 40, 70), { nil: undefined }),
    month: fc.option(fc.constantFrom("2017-03", "2018-07"), { nil: undefined }),
  });
  const arbStep = fc.record({ article: fc.constantFrom("a", "b", "c", "d"), claims: fc.option(fc.array(arbClaim, { maxLength: 4 }), { nil: null, freq: 4 }) });
  type Drawn = { kind: (typeof KINDS)[number]; places: string[]; actor: string; share?: number | undefined; month?: string | undefined };
  const claimsOf = (article: string, drawn: Drawn[], v: number) =>
    drawn.map((d, i) =>
      claim({
        id: `c-${article}-${v}-${i}`,
        kind: d.kind,
        article,
        places: d.places.map(ref),
        countries: d.places.includes("country:SYR") ? ["SYR"] : ["IRQ"],
        actors: [d.actor],
        ...(d.kind === "defection" ? { fromActor: d.actor, toActor: "taliban" } : {}),
        ...(d.share ? { quantity: share(d.share) } : {}),
        ...(d.month ? { date: { value: d.month, precision: "month" as const, inferred: false } } : {}),
      }),
    );
  /** Events where claims of one kind and month are one event (so some are shared, most alone), outlets by article. */
  const groupingOf = (claims: readonly ReturnType<typeof claim>[]) => {
    const byKey = new Map<string, string[]>();
    for (const c of claims) {
      const k = `${c.kind}|${c.date?.value ?? c.id}`;
      byKey.set(k, [...(byKey.get(k) ?? []), c.id]);
    }
    const eventOf = new Map<string, { id: string; claimIds: string[] }>();
    for (const ids of byKey.values()) for (const id of ids) eventOf.set(id, { id: `e-${ids[0]!.slice(2)}`, claimIds: ids });
    return { eventOf: (id: string) => eventOf.get(id), outletOf: (c: { article: string }) => (c.article === "d" ? "article:d" : "source:wire") };
  };
  const sortedEntries = (agg: ClaimAggregate) => [...agg.placeEntries].map(([k, e]) => [k, e.claims, [...e.actors].sort(), [...e.byArticle.keys()].sort()]).sort();

  it("equals counting every claim afresh after any sequence of writes, regroupings included", () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 10 }), (steps) => {
        const articles = new Map<string, ReturnType<typeof claim>[]>();
        const all = () => [...articles.keys()].sort().flatMap((a) => articles.get(a)!);
        const agg = new ClaimAggregate(PLACES, { layers: true, events: groupingOf([]) });
        steps.forEach((s, v) => {
          const was = articles.get(s.article);
          if (was) agg.apply(was, -1);
          if (s.claims) articles.set(s.article, claimsOf(s.article, s.claims, v));
          else articles.delete(s.article);
          if (articles.has(s.article)) agg.apply(articles.get(s.article)!, 1);
          // A write can join other articles' claims into one event: every claim is offered to rekey.
          const ev = groupingOf(all());
          agg.rekey(ev, all());
          const fresh = new ClaimAggregate(PLACES, { layers: true, events: ev }).apply(all(), 1);
          // A mark's leading group (and direction) on a tie is the first counted, so it follows the order of writes: left out.
          const figures = (a: ClaimAggregate) => a.markList().map(({ actor: _a, fromActor: _f, toActor: _t, ...m }) => m);
          expect(figures(agg)).toEqual(figures(fresh));
          expect(agg.layerCounts).toEqual(fresh.layerCounts);
          expect(sortedEntries(agg)).toEqual(sortedEntries(fresh));
        });
      }),
      { numRuns: 120 },
    );
  });

  it("names in takeTouched every place entry a write changed, so a layer re-made from those alone equals one made whole", () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 2, maxLength: 8 }), (steps) => {
        const agg = new ClaimAggregate(PLACES, { layers: true, marks: false });
        const articles = new Map<string, ReturnType<typeof claim>[]>();
        const snapshot = () => new Map([...agg.placeEntries].map(([k, e]) => [k, JSON.stringify([e.rev, e.claims])]));
        steps.forEach((s, v) => {
          for (const g of ["territorial-loss", "recruitment", "allegiance", "events"] as const) agg.takeTouched(g);
          const before = snapshot();
          const was = articles.get(s.article);
          if (was) agg.apply(was, -1);
          if (s.claims) agg.apply(articles.set(s.article, claimsOf(s.article, s.claims, v)).get(s.article)!, 1);
          else articles.delete(s.article);
          const after = snapshot();
          const touched = new Set((["territorial-loss", "recruitment", "allegiance", "events"] as const).flatMap((g) => agg.takeTouched(g)));
          for (const k of new Set([...before.keys(), ...after.keys()])) if (before.get(k) !== after.get(k)) expect(touched).toContain(k);
        });
        expect(agg.markList()).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
