import { describe, expect, it } from "vitest";
import { claimPage, claimRows, dashboardModel, MAX_ROWS, MAX_SOURCES } from "@/lib/view/dashboard-model";
import { marksFor } from "@/lib/view/aggregate";
import { claimsOfMark } from "@/lib/view/marks";
import { NO_FILTERS } from "@/lib/view/view-state";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const ACTORS = [
  { id: "isis", nameEn: "ISIS", nameAr: "داعش", color: "#111111" },
  { id: "al-qaeda", nameEn: "al-Qaeda", nameAr: "القاعدة", color: "#8c2d04" },
  { id: "aqap", nameEn: "AQAP", nameAr: "تجريبي", color: "#d94801", parent: "al-qaeda" },
];

describe("marks", () => {
  it("join a country claim to the base map's country feature, with no point", () => {
    const [m] = marksFor([claim({ kind: "recruitment", places: [ref("country:SYR")] })], PLACES);
    expect(m).toMatchObject({ layer: "recruitment-hotspots", precision: "country", targets: [{ source: "countries", id: "SYR" }], value: 1 });
  });
  it("join a region to each of its member provinces", () => {
    const [m] = marksFor([claim({ kind: "recruitment", places: [ref("region:border")] })], PLACES);
    expect(m!.targets).toEqual([
      { source: "admin1", id: "SY-BB" },
      { source: "admin1", id: "IQ-AA" },
    ]);
  });
  it("give a city a point and no base feature", () => {
    const [m] = marksFor([claim({ kind: "territorial-loss", places: [ref("city:1")] })], PLACES);
    expect(m).toMatchObject({ precision: "point", targets: [], point: [36.25, 30.75] });
  });
  it("count claims per place for recruitment and keep the largest share lost", () => {
    const marks = marksFor(
      [
        claim({ kind: "recruitment", places: [ref("country:SYR")] }),
        claim({ kind: "recruitment", places: [ref("country:SYR")] }),
        claim({ kind: "territorial-loss", places: [ref("country:IRQ")], quantity: { text: "40%", value: 40, unit: "percent" } }),
        claim({ kind: "territorial-loss", places: [ref("country:IRQ")], quantity: { text: "more than 60%", value: 60, unit: "percent" } }),
      ],
      PLACES,
    );
    const by = Object.fromEntries(marks.map((m) => [m.id, m.value]));
    expect(by["recruitment-hotspots@country:SYR"]).toBe(2);
    expect(by["territorial-loss@country:IRQ"]).toBe(60);
  });
  it("keep one shift mark per place, showing the direction most claims state and how many there are", () => {
    const marks = marksFor(
      [
        claim({ kind: "defection", places: [ref("country:IRQ")], fromActor: "isis", toActor: "al-qaeda" }),
        claim({ kind: "defection", places: [ref("country:IRQ")], fromActor: "isis", toActor: "taliban" }),
        claim({ kind: "pledge", places: [ref("country:IRQ")], fromActor: "isis", toActor: "taliban" }),
      ],
      PLACES,
    ).filter((m) => m.layer === "allegiance-shifts");
    expect(marks.map((m) => [m.id, m.fromActor, m.toActor, m.actor, m.directions, m.claims])).toEqual([["allegiance-shifts@country:IRQ", "isis", "taliban", "taliban", 2, 3]]);
  });
  it("carry counts and a few article slugs, never every claim id", () => {
    const many = Array.from({ length: 50 }, (_, i) => claim({ kind: "recruitment", article: `a-${i % 5}`, places: [ref("country:SYR")], countries: ["SYR"] }));
    const m = marksFor(many, PLACES).find((k) => k.layer === "recruitment-hotspots")!;
    expect(m).toMatchObject({ claims: 50, articles: ["a-0", "a-1", "a-2"], articleCount: 5 });
    expect(JSON.stringify(m)).not.toContain(many[7]!.id);
  });
  it("count a claim once per mark, however often it names the place", () => {
    const twice = claim({ kind: "recruitment", places: [ref("country:SYR"), ref("country:SYR")], countries: ["SYR", "SYR"] });
    const marks = marksFor([twice, claim({ kind: "recruitment", places: [ref("country:SYR")], countries: ["SYR"] })], PLACES);
    const by = Object.fromEntries(marks.map((m) => [m.id, m]));
    expect(by["recruitment-hotspots@country:SYR"]!.claims).toBe(2);
    expect(by["recruitment-hotspots@country:SYR"]!.value).toBe(2);
    expect(by["activity@country:SYR"]!.value).toBe(2);
  });
  it("count every claim once per country for the activity layer", () => {
    const marks = marksFor([claim({ kind: "attack", places: [], countries: ["IRQ", "SYR"] }), claim({ kind: "threat", places: [], countries: ["IRQ"] })], PLACES).filter(
      (m) => m.layer === "activity",
    );
    expect(Object.fromEntries(marks.map((m) => [m.placeId, m.value]))).toEqual({ "country:IRQ": 2, "country:SYR": 1 });
  });
});

describe("dashboardModel", () => {
  const claims = [
    claim({ kind: "recruitment", places: [ref("country:SYR")], actors: ["aqap"], countries: ["SYR"], date: { value: "2017-09", precision: "month", inferred: true } }),
    claim({ kind: "threat", places: [], actors: ["isis"], countries: [] }),
  ];

  it("carries no claim rows but counts and draws every claim", () => {
    const many = Array.from({ length: MAX_ROWS + 5 }, () => claim({ kind: "recruitment", places: [ref("country:SYR")], countries: ["SYR"] }));
    const m = dashboardModel({ claims: many, places: PLACES, actors: ACTORS }, NO_FILTERS);
    expect(m).not.toHaveProperty("claims");
    expect(m.claimsTotal).toBe(MAX_ROWS + 5);
    expect(m.counts["recruitment-hotspots"]).toBe(MAX_ROWS + 5);
    expect(m.marks.find((k) => k.id === "recruitment-hotspots@country:SYR")?.value).toBe(MAX_ROWS + 5);
  });
  it("lists a claim with no place among the seven as not drawn", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, NO_FILTERS);
    expect(claimRows({ claims, places: PLACES, actors: ACTORS }, NO_FILTERS).map((c) => c.drawn)).toEqual([true, false]);
    expect(m.counts["recruitment-hotspots"]).toBe(1);
  });
  it("filters by a group and its branches", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, { ...NO_FILTERS, actors: ["al-qaeda"] });
    expect(m.claimsTotal).toBe(1);
    expect(m.marks.map((k) => k.id)).toContain("recruitment-hotspots@country:SYR");
  });
  it("builds the timeline from every filter but the dates", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, { ...NO_FILTERS, from: "2018" });
    expect(m.claimsTotal).toBe(0);
    expect(m.timeline.bins.some((b) => b.exact > 0)).toBe(true);
  });
  it("lists as sources only the articles the shown claims cite", () => {
    const articles = [
      { slug: "synthetic-article", title: "Synthetic", lang: "en" as const },
      { slug: "synthetic-other", title: "Other", lang: "ar" as const },
    ];
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS, articles }, NO_FILTERS);
    expect(m.sources.map((s) => s.slug)).toEqual(["synthetic-article"]);
  });
  it("names at most MAX_SOURCES articles, the most cited, and counts them all in its summary", () => {
    const articles = Array.from({ length: MAX_SOURCES + 2 }, (_, i) => ({ slug: `a-${String(i).padStart(3, "0")}`, title: `A ${i}`, lang: "en" as const }));
    const cited = [
      ...articles.map((a) => claim({ kind: "attack", article: a.slug, places: [], countries: ["IRQ"] })),
      claim({ kind: "attack", article: "a-101", places: [], countries: ["IRQ"] }),
    ];
    const m = dashboardModel({ claims: cited, places: PLACES, actors: ACTORS, articles }, NO_FILTERS);
    expect(m.sources).toHaveLength(MAX_SOURCES);
    expect(m.sources.map((s) => s.slug)).toContain("a-101");
    expect(m.sourceSummary).toMatchObject({ articles: MAX_SOURCES + 2, claims: MAX_SOURCES + 3 });
  });
  it("offers only the actors the claims mention, with their colours", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, NO_FILTERS);
    expect(m.actors.map((a) => a.id).sort()).toEqual(["aqap", "isis"]);
  });
});

describe("a page of claims", () => {
  it("gives the claims behind one mark, counted and paged", () => {
    const at = (kind: "recruitment" | "attack", place: string, iso: "SYR" | "IRQ") => claim({ kind, places: [ref(place)], countries: [iso] });
    const all = [at("recruitment", "country:SYR", "SYR"), at("attack", "country:SYR", "SYR"), at("recruitment", "country:IRQ", "IRQ"), at("recruitment", "country:SYR", "SYR")];
    const input = { claims: all, places: PLACES, actors: ACTORS };
    const page = claimPage(input, NO_FILTERS, { offset: 1, limit: 5, mark: "recruitment-hotspots@country:SYR" });
    expect(page.total).toBe(2);
    expect(page.claims).toEqual([all[3]]);
    expect(claimsOfMark(all, "activity@country:SYR", PLACES)).toEqual([all[0], all[1], all[3]]);
    expect(claimPage(input, NO_FILTERS, { offset: 0, limit: 2 })).toEqual({ claims: all.slice(0, 2), total: 4 });
  });
});

describe("claimRows", () => {
  it("gives every claim the filters show, past the model's row cap", () => {
    const many = Array.from({ length: MAX_ROWS + 3 }, () => claim({ kind: "attack", places: [], countries: ["IRQ"] }));
    expect(claimRows({ claims: many, places: PLACES, actors: ACTORS }, NO_FILTERS)).toHaveLength(MAX_ROWS + 3);
  });
});
