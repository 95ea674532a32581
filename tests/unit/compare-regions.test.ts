import { describe, expect, it } from "vitest";
import { compareRegions, type Row } from "@/lib/compare/compare";
import { codeOf, parseRegions, placeIdOf, regionsError } from "@/lib/compare/region-code";
import { claimsWithin } from "@/lib/compare/within";
import { ACTORS, boxKm2, CLAIMS, INDEX, PLACES } from "../fixtures/compare/world";

const input = { claims: CLAIMS, places: PLACES, index: INDEX, actors: ACTORS };
const regions = (...ids: string[]) => ids.map((id) => PLACES.get(id)!);
const rowOf = (rows: Row[], id: Row["id"]) => rows.find((r) => r.id === id)!;
const ids = (region: string) => claimsWithin(CLAIMS, PLACES.get(region)!, PLACES).map((c) => c.id);

describe("region codes", () => {
  it("read countries, provinces and named regions in any case", () => {
    expect(placeIdOf("irq")).toBe("country:IRQ");
    expect(placeIdOf("sy-aa")).toBe("province:SY-AA");
    expect(placeIdOf("Border")).toBe("region:border");
    const { regions: found, issues } = parseRegions("irq, SY-AA ,border", PLACES);
    expect(found.map((r) => r.id)).toEqual(["country:IRQ", "province:SY-AA", "region:border"]);
    expect(issues).toEqual([]);
    expect(found.map(codeOf)).toEqual(["IRQ", "SY-AA", "border"]);
  });

  it("keep the valid codes and name each problem", () => {
    const { regions: found, issues } = parseRegions("IRQ,<script>,FRA,IRQ", PLACES);
    expect(found.map((r) => r.id)).toEqual(["country:IRQ"]);
    expect(issues.map((i) => i.kind)).toEqual(["malformed", "unknown", "duplicate", "too-few"]);
  });

  it("refuse a city, which has no area to compare", () => {
    expect(parseRegions("IRQ,city-1", PLACES).issues[0]?.kind).toBe("unknown");
  });

  it("allow two to four regions", () => {
    expect(parseRegions("", PLACES).issues.map((i) => i.kind)).toEqual(["too-few"]);
    const five = parseRegions("IRQ,SYR,IQ-AA,IQ-BB,SY-AA", PLACES);
    expect(five.issues.map((i) => i.kind)).toEqual(["too-many"]);
    expect(five.regions).toHaveLength(4);
  });
});

describe("which claims are about a region", () => {
  it("counts claims naming a place inside it, never ones about something larger", () => {
    expect(ids("province:IQ-AA")).toEqual(["c-pledge-alpha"]);
    expect(ids("province:SY-AA")).toEqual(["c-recruit-city"]);
    expect(ids("region:border")).toEqual(["c-pledge-alpha", "c-defect-border"]);
  });

  it("counts for a country every claim that lists it, as the dashboard's country filter does", () => {
    expect(ids("country:IRQ")).toEqual(["c-loss-both", "c-pledge-alpha", "c-defect-border"]);
    expect(ids("country:SYR")).toEqual(["c-loss-both", "c-loss-syria", "c-recruit-city", "c-defect-border"]);
  });
});

describe("compareRegions", () => {
  const { rows, regions: out, names } = compareRegions(regions("country:IRQ", "country:SYR", "region:border"), input);

  it("measures areas on the sphere, a region as the union of its provinces", () => {
    expect(out[0]!.areaKm2).toBeCloseTo(boxKm2(40, 30, 42, 32), -1);
    expect(out[2]!.areaKm2).toBeCloseTo(boxKm2(40, 30, 41, 31) + boxKm2(37, 30, 38, 31), -1);
    expect(rowOf(rows, "area").leaders).toEqual([0, 1]);
    expect(out[2]!.bbox).toEqual([37, 30, 41, 31]);
  });

  it("counts claims by kind and marks the largest", () => {
    expect(rowOf(rows, "claims").cells.map((c) => c.value)).toEqual([3, 4, 2]);
    expect(rowOf(rows, "claims").leaders).toEqual([1]);
    expect(rowOf(rows, "kind:territorial-loss").cells.map((c) => c.value)).toEqual([1, 2, 0]);
    expect(rowOf(rows, "kind:attack").leaders).toEqual([]);
  });

  it("keeps the largest stated loss with its words", () => {
    const loss = rowOf(rows, "loss").cells;
    expect(loss.map((c) => c.value)).toEqual([60, 60, null]);
    expect(loss[0]!.text).toBe("more than 60%");
    expect(rowOf(rows, "loss").leaders).toEqual([0, 1]);
  });

  it("spans dates of mixed precision by the days they cover", () => {
    expect(rowOf(rows, "first").cells.map((c) => c.text)).toEqual(["2015-03-02", "2016-05", "2015-03-02"]);
    expect(rowOf(rows, "last").cells.map((c) => c.text)).toEqual(["2017", "2017", "2017-06"]);
  });

  it("lists actors, shifts and provinces with their names", () => {
    expect(rowOf(rows, "shifts").cells[0]!.items).toEqual(["isis>al-qaeda", "local>isis"]);
    expect(rowOf(rows, "actors").cells[2]!.items).toEqual(["isis", "al-qaeda", "local"]);
    expect(rowOf(rows, "provinces").cells.map((c) => c.items)).toEqual([["province:IQ-AA"], ["province:SY-AA"], ["province:IQ-AA"]]);
    expect(names["province:IQ-AA"]?.nameEn).toBe("Alpha");
    expect(names["al-qaeda"]?.nameAr).toBe("القاعدة");
  });

  it("counts the articles and passages behind the claims", () => {
    expect(rowOf(rows, "articles").cells.map((c) => c.value)).toEqual([2, 2, 2]);
    expect(rowOf(rows, "passages").cells.map((c) => c.value)).toEqual([3, 4, 2]);
  });
});

describe("how the API answers a bad list", () => {
  const status = (raw: string) => regionsError(parseRegions(raw, PLACES))?.code ?? "ok";

  it("is a 400 for malformed, repeated, too few or too many codes", () => {
    expect(status("IRQ,$$")).toBe("bad_request");
    expect(status("IRQ,irq")).toBe("bad_request");
    expect(status("IRQ")).toBe("bad_request");
    expect(status("FRA")).toBe("bad_request");
    expect(status("IRQ,SYR,IQ-AA,IQ-BB,SY-AA")).toBe("bad_request");
  });

  it("is a 404 for well-formed codes naming nothing known, and fine otherwise", () => {
    expect(status("IRQ,FRA")).toBe("not_found");
    expect(status("IRQ,SYR")).toBe("ok");
  });
});
