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
