import type { FeatureCollection, Polygon, MultiPolygon, Position } from "geojson";
import { describe, expect, inject, it } from "vitest";
import { expectJsonError } from "../support/http";

const base = inject("baseURL");
const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

const SEVEN = ["AFG", "DZA", "IRQ", "NER", "NGA", "SYR", "YEM"];

/** Signed area by the shoelace formula on lon/lat: positive means counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

describe("GET /api/layers", () => {
  it("lists the base layers with their feature counts and URLs", async () => {
    const res = await get("/api/layers");
    expect(res.status).toBe(200);
    const { layers } = (await res.json()) as { layers: { id: string; title: string; geometryType: string; featureCount: number; url: string }[] };
    const byId = new Map(layers.map((l) => [l.id, l]));
    expect(byId.get("countries")?.featureCount).toBe(7);
    expect(byId.get("admin1")?.featureCount).toBeGreaterThan(170);
    for (const l of layers) {
      expect(l.url).toBe(`/api/layers/${l.id}`);
      expect(l.title.length).toBeGreaterThan(0);
    }
  });

  it("refuses an unknown query parameter with a 400 JSON error", async () => {
    await expectJsonError(await get("/api/layers?layer=countries"), 400, "bad_request");
  });
});

describe("GET /api/layers/{id}", () => {
  it("serves the seven countries as RFC 7946 GeoJSON with ISO codes and both names", async () => {
    const res = await get("/api/layers/countries");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/geo+json");
    expect(res.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const fc = (await res.json()) as FeatureCollection<Polygon | MultiPolygon>;
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.map((f) => f.properties?.iso3).sort()).toEqual(SEVEN);
    for (const f of fc.features) {
      expect(f.properties?.nameAr).toMatch(/[\u0600-\u06FF]/);
      for (const poly of polygons(f.geometry)) {
        const [outer, ...holes] = poly;
        expect(signedArea(outer!)).toBeGreaterThan(0); // exterior counter-clockwise (right-hand rule)
        for (const h of holes) expect(signedArea(h)).toBeLessThan(0);
        for (const [lon, lat] of outer!) {
          expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
          expect(String(lon).split(".")[1]?.length ?? 0).toBeLessThanOrEqual(6);
        }
      }
    }
    // Lon/lat order: Baghdad's province lies east of 40°E and north of 30°N.
    const iraq = fc.features.find((f) => f.properties?.iso3 === "IRQ")!;
    const first = polygons(iraq.geometry)[0]![0]![0]!;
    expect(first[0]).toBeGreaterThan(38);
    expect(first[1]).toBeGreaterThan(28);
  });

  it("serves provinces with ISO 3166-2 codes, including the corrected Kirkuk code", async () => {
    const fc = (await (await get("/api/layers/admin1")).json()) as FeatureCollection;
    const codes = fc.features.map((f) => f.properties?.iso as string);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain("IQ-KI");
    expect(codes).not.toContain("IQ-TS");
    expect(codes).toContain("SY-RA");
  });

  it("answers a conditional GET with 304 and no body when the ETag matches", async () => {
    const first = await get("/api/layers/countries");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/); // strong validator: no W/ prefix
    await first.arrayBuffer();
    const again = await get("/api/layers/countries", { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const stale = await get("/api/layers/countries", { headers: { "If-None-Match": '"stale"' } });
    expect(stale.status).toBe(200);
  });

  it("sends every client the same whole body, compressed or not (the cached bytes are shared, never used up)", async () => {
    const asked = Array.from({ length: 12 }, (_, i) => get("/api/layers/admin1", { headers: { "Accept-Encoding": i % 2 ? "gzip" : "identity" } }));
    const bodies = await Promise.all(asked.map(async (r) => Buffer.from(await (await r).arrayBuffer())));
    const etags = new Set((await Promise.all(asked)).map((r) => r.headers.get("etag")));
    expect(etags.size).toBe(1);
    expect(bodies[0]!.length).toBeGreaterThan(100_000);
    for (const b of bodies) expect(b.equals(bodies[0]!)).toBe(true);
    expect((JSON.parse(bodies[0]!.toString("utf8")) as FeatureCollection).features.length).toBeGreaterThan(170);
  });

  it("gives an unknown layer a 404 JSON error", async () => {
    await expectJsonError(await get("/api/layers/no-such-layer"), 404, "not_found");
  });

  it("gives a malformed layer id a 400 JSON error", async () => {
    await expectJsonError(await get("/api/layers/Countries%20DROP"), 400, "bad_request");
    await expectJsonError(await get(`/api/layers/${"a".repeat(200)}`), 400, "bad_request");
  });

  it("refuses query parameters a layer does not take", async () => {
    await expectJsonError(await get("/api/layers/countries?bbox=1,2,3,4"), 400, "bad_request");
  });
});

describe("unknown API paths", () => {
  it("answer 404 in the JSON error shape, not an HTML page", async () => {
    await expectJsonError(await get("/api/nothing/here"), 404, "not_found");
  });
});
