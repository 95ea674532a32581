import { describe, expect, it } from "vitest";
import { dashboardModel } from "@/lib/view/dashboard-model";
import { fromWire, toWire } from "@/lib/view/model-wire";
import { NO_FILTERS } from "@/lib/view/view-state";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const ACTORS = [
  { id: "isis", nameEn: "ISIS", nameAr: "داعش", color: "#111111" },
  { id: "taliban", nameEn: "Taliban", nameAr: "طالبان", color: "#222222" },
];
const share = { text: "more than 60%", value: 60, unit: "percent" as const, qualifier: "more-than" as const };

describe("the dashboard model on the wire", () => {
  const claims = [
    claim({ kind: "territorial-loss", places: [ref("country:IRQ"), ref("country:SYR")], countries: ["IRQ", "SYR"], quantity: share }),
    claim({ kind: "territorial-loss", places: [ref("city:1")], quantity: { ...share, value: 40 } }),
    claim({ kind: "recruitment", places: [ref("region:border"), ref("country:SYR")], countries: ["SYR"] }),
    claim({ kind: "defection", article: "other-article", places: [ref("country:IRQ")], fromActor: "isis", toActor: "taliban", countries: ["IRQ"] }),
  ];
  // One article is among the model's sources (sent as an index), the other is not (sent as a slug).
  const model = dashboardModel({ claims, places: PLACES, actors: ACTORS, articles: [{ slug: "synthetic-article", title: "Synthetic", lang: "en" }] }, NO_FILTERS);

  it("gives back exactly the marks it was given, joint figures, regions, points and shifts included", () => {
    expect(model.marks.some((m) => m.jointOf)).toBe(true);
    expect(new Set(model.marks.flatMap((m) => m.articles))).toEqual(new Set(["synthetic-article", "other-article"]));
    expect(fromWire(JSON.parse(JSON.stringify(toWire(model, PLACES))))).toEqual(model);
  });

  it("names each place once however many marks stand on it", () => {
    const wire = toWire(model, PLACES);
    const json = JSON.stringify(wire);
    expect(model.marks.filter((m) => m.placeId === "country:IRQ").length).toBeGreaterThan(1);
    expect(wire.places.map((p) => p[0]).sort()).toEqual(["city:1", "country:IRQ", "country:SYR", "region:border"]);
    expect(JSON.stringify(wire.marks)).not.toContain('"targets"');
    expect(json.length).toBeLessThan(JSON.stringify(model).length);
  });

  it("sends the marks as columns, one array per field with an entry per mark, leaving out fields no mark has", () => {
    const wire = toWire(model, PLACES);
    for (const column of Object.values(wire.marks)) expect(column).toHaveLength(model.marks.length);
    expect(wire.marks.unreviewed).toBeUndefined();
    expect(wire.names.sort()).toEqual(["isis", "taliban"]);
  });
});
