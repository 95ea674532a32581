import { describe, expect, it } from "vitest";
import { claimRows, dashboardModel, MAX_ROWS } from "@/lib/view/dashboard-model";
import { marksFor } from "@/lib/view/marks";
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
  it("keep one shift mark per direction at a place", () => {
    const marks = marksFor(
      [
        claim({ kind: "defection", places: [ref("country:IRQ")], fromActor: "isis", toActor: "al-qaeda" }),
        claim({ kind: "defection", places: [ref("country:IRQ")], fromActor: "isis", toActor: "taliban" }),
      ],
      PLACES,
    ).filter((m) => m.layer === "allegiance-shifts");
    expect(marks.map((m) => m.toActor).sort()).toEqual(["al-qaeda", "taliban"]);
  });
  it("count a claim once per mark, however often it names the place", () => {
    const twice = claim({ kind: "recruitment", places: [ref("country:SYR"), ref("country:SYR")], countries: ["SYR", "SYR"] });
    const marks = marksFor([twice, claim({ kind: "recruitment", places: [ref("country:SYR")], countries: ["SYR"] })], PLACES);
    const by = Object.fromEntries(marks.map((m) => [m.id, m]));
    expect(by["recruitment-hotspots@country:SYR"]!.claimIds).toEqual([twice.id, expect.any(String)]);
    expect(by["recruitment-hotspots@country:SYR"]!.value).toBe(2);
    expect(by["activity@country:SYR"]!.value).toBe(2);
  });
  it("count every claim once per country for the activity layer", () => {
    const marks = marksFor([claim({ kind: "attack", places: [], countries: ["IRQ", "SYR"] }), claim({ kind: "threat", places: [], countries: ["IRQ"] })], PLACES).filter((m) => m.layer === "activity");
    expect(Object.fromEntries(marks.map((m) => [m.placeId, m.value]))).toEqual({ "country:IRQ": 2, "country:SYR": 1 });
  });
});

describe("dashboardModel", () => {
  const claims = [
    claim({ kind: "recruitment", places: [ref("country:SYR")], actors: ["aqap"], countries: ["SYR"], date: { value: "2017-09", precision: "month", inferred: true } }),
    claim({ kind: "threat", places: [], actors: ["isis"], countries: [] }),
  ];

  it("carries at most MAX_ROWS claim rows but counts and draws every claim", () => {
    const many = Array.from({ length: MAX_ROWS + 5 }, () => claim({ kind: "recruitment", places: [ref("country:SYR")], countries: ["SYR"] }));
    const m = dashboardModel({ claims: many, places: PLACES, actors: ACTORS }, NO_FILTERS);
    expect(m.claims).toHaveLength(MAX_ROWS);
    expect(m.claimsTotal).toBe(MAX_ROWS + 5);
    expect(m.marks.find((k) => k.id === "recruitment-hotspots@country:SYR")?.value).toBe(MAX_ROWS + 5);
  });
  it("lists a claim with no place among the seven as not drawn", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, NO_FILTERS);
    expect(m.claims.map((c) => c.drawn)).toEqual([true, false]);
    expect(m.counts["recruitment-hotspots"]).toBe(1);
  });
  it("filters by a group and its branches", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, { ...NO_FILTERS, actors: ["al-qaeda"] });
    expect(m.claims).toHaveLength(1);
    expect(m.marks.map((k) => k.id)).toContain("recruitment-hotspots@country:SYR");
  });
  it("builds the timeline from every filter but the dates", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, { ...NO_FILTERS, from: "2018" });
    expect(m.claims).toEqual([]);
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
  it("offers only the actors the claims mention, with their colours", () => {
    const m = dashboardModel({ claims, places: PLACES, actors: ACTORS }, NO_FILTERS);
    expect(m.actors.map((a) => a.id).sort()).toEqual(["aqap", "isis"]);
  });
});

describe("claimRows", () => {
  it("gives every claim the filters show, past the model's row cap", () => {
    const many = Array.from({ length: MAX_ROWS + 3 }, () => claim({ kind: "attack", places: [], countries: ["IRQ"] }));
    expect(claimRows({ claims: many, places: PLACES, actors: ACTORS }, NO_FILTERS)).toHaveLength(MAX_ROWS + 3);
  });
});
