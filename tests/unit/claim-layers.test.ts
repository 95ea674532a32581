import type { Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { allegianceLayer } from "@/lib/layers/claims/allegiance";
import { MAX_PROVENANCE } from "@/lib/layers/claims/context";
import { eventsLayer } from "@/lib/layers/claims/events";
import { recruitmentLayer } from "@/lib/layers/claims/recruitment";
import { territorialLossLayer } from "@/lib/layers/claims/territorial-loss";
import { claim, INDEX, PLACES, ref } from "../fixtures/layers/world";

const ctx = (claims: ReturnType<typeof claim>[]) => ({ claims, places: PLACES, index: INDEX });

describe("claim layers", () => {
  it("draw a claim about a whole country as the country, never as a point", () => {
    const fc = eventsLayer(ctx([claim({ kind: "presence", places: [ref("country:IRQ")] })]));
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.geometry.type).toBe("Polygon");
    expect(fc.features[0]!.properties.precision).toBe("country");
  });

  it("draw a city as a point and give it no area", () => {
    const f = eventsLayer(ctx([claim({ kind: "attack", places: [ref("city:1")] })])).features[0]!;
    expect(f.geometry).toEqual({ type: "Point", coordinates: [36.25, 30.75] });
    expect(f.properties.areaKm2).toBe(0);
  });

  it("draw a region as the union of its member provinces, measured with Turf", () => {
    const f = eventsLayer(ctx([claim({ kind: "presence", places: [ref("region:border")] })])).features[0]!;
    // Two 1°x1° provinces that do not touch: a multipolygon of about 2 x 10,600 km² at 30°N.
    expect(f.geometry.type).toBe("MultiPolygon");
    expect(f.properties.areaKm2).toBeGreaterThan(19_000);
    expect(f.properties.areaKm2).toBeLessThan(23_000);
  });

  it("carry the passage that supports each feature", () => {
    const c = claim({ kind: "attack", places: [ref("city:1")], passageId: "p-xyz", quote: "quoted words", span: { start: 4, end: 16 } });
    const p = eventsLayer(ctx([c])).features[0]!.properties;
    expect(p).toMatchObject({ article: "synthetic-article", passageId: "p-xyz", quote: "quoted words", start: 4, end: 16, claimId: c.id });
  });

  it("give one feature per place, never per claim, quoting at most MAX_PROVENANCE passages", () => {
    const many = Array.from({ length: 12 }, () => claim({ kind: "attack", places: [ref("city:1")] }));
    const fc = eventsLayer(ctx(many));
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.properties).toMatchObject({ claimCount: 12, attack: 12, claimId: many[0]!.id });
    expect(fc.features[0]!.properties.provenance.map((p) => p.claimId)).toEqual(many.slice(0, MAX_PROVENANCE).map((c) => c.id));
  });

  it("leave out a claim that names no place among the seven, and unknown places", () => {
    const fc = eventsLayer(ctx([claim({ kind: "threat", places: [] }), claim({ kind: "attack", places: [{ placeId: "city:999", precision: "point" }] })]));
    expect(fc.features).toEqual([]);
  });

  it("put areas before points so points draw on top", () => {
    const fc = eventsLayer(ctx([claim({ kind: "attack", places: [ref("city:1"), ref("country:SYR")] })]));
    expect(fc.features.map((f) => f.properties.precision)).toEqual(["country", "point"]);
  });

  it("count recruitment claims per place and name the recruiter", () => {
    const fc = recruitmentLayer(
      ctx([
        claim({ kind: "recruitment", places: [ref("country:SYR")], actors: ["al-qaeda", "isis"], toActor: "al-qaeda" }),
        claim({ kind: "recruitment", places: [ref("country:SYR")], actors: ["al-qaeda"], toActor: "al-qaeda" }),
        claim({ kind: "attack", places: [ref("country:SYR")] }),
      ]),
    );
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.properties).toMatchObject({ claimCount: 2, actor: "al-qaeda", actors: "al-qaeda,isis" });
    expect(fc.features[0]!.properties.provenance).toHaveLength(2);
  });

  it("keep who an allegiance moved from and to", () => {
    const fc = allegianceLayer(
      ctx([claim({ kind: "defection", places: [ref("province:IQ-AA")], fromActor: "isis", toActor: "taliban" }), claim({ kind: "recruitment", places: [ref("country:IRQ")] })]),
    );
    expect(fc.features.map((f) => [f.properties.fromActor, f.properties.toActor, f.properties.precision])).toEqual([["isis", "taliban", "province"]]);
  });

  it("state the largest share of territory lost and mark named places", () => {
    const fc = territorialLossLayer(
      ctx([
        claim({
          kind: "territorial-loss",
          places: [ref("country:IRQ"), ref("country:SYR")],
          quantity: { text: "more than 60%", value: 60, unit: "percent", qualifier: "more-than" },
        }),
        claim({ kind: "territorial-loss", places: [ref("city:1")] }),
      ]),
    );
    const byPlace = Object.fromEntries(fc.features.map((f) => [f.properties.placeId, f.properties]));
    expect(byPlace["country:IRQ"]).toMatchObject({ lossPercent: 60, role: "area" });
    expect(byPlace["country:SYR"]).toMatchObject({ lossPercent: 60, role: "area" });
    expect(byPlace["city:1"]).toMatchObject({ lossPercent: null, role: "named-place" });
  });

  it("come out as RFC 7946 wants them, counter-clockwise and at five decimals, with one geometry per place", () => {
    // A clockwise Iraq at seven decimals: what a layer serves must be rewound and rounded.
    const x = 40.1234567;
    const y = 30.7654321;
    const clockwise: Feature<Polygon> = {
      type: "Feature",
      properties: {},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [x, y],
            [x, y + 2],
            [x + 2, y + 2],
            [x + 2, y],
            [x, y],
          ],
        ],
      },
    };
    const index = { ...INDEX, countries: new Map([["IRQ", clockwise]]) };
    const ctx = { claims: [claim({ kind: "presence", places: [ref("country:IRQ")] }), claim({ kind: "territorial-loss", places: [ref("country:IRQ")] })], places: PLACES, index };
    const [a] = eventsLayer(ctx).features;
    const [b] = territorialLossLayer(ctx).features;
    expect(a!.properties).toMatchObject({ claimCount: 2, presence: 1, "territorial-loss": 1 });
    expect(a!.geometry).toBe(b!.geometry);
    const ring = (a!.geometry as Polygon).coordinates[0]!;
    // Shoelace sum: positive for a counter-clockwise ring.
    const area = ring.slice(1).reduce((s, p, i) => s + (ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!), 0);
    expect(area).toBeGreaterThan(0);
    expect(ring[0]).toEqual([40.12346, 30.76543]);
  });
});
