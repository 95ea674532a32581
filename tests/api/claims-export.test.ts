import Papa from "papaparse";
import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");
const get = (path: string) => fetch(`${base}${path}`);
const SEED = "000_40a8f3811f703089";

describe("GET /api/claims.csv", () => {
  it("is UTF-8 CSV with a BOM that round-trips through a parser with the seed's Arabic intact", async () => {
    const res = await get("/api/claims.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="allegiance-atlas-claims.*\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toContain("\r\n");
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows.length).toBeGreaterThan(5);
    const claims = (await (await get(`/api/articles/${SEED}`)).json()) as { claims: { id: string; quote: string; passageId: string }[] };
    for (const c of claims.claims) {
      const row = rows.find((r) => r.claim_id === c.id);
      expect(row?.quote).toBe(c.quote);
      expect(row?.passage_url).toMatch(new RegExp(`/articles/${SEED}#${c.passageId}$`));
    }
    expect(rows.some((r) => /[\u0600-\u06FF]/.test(r.place_name_ar ?? ""))).toBe(true);
    // No cell can start a formula.
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("takes the dashboard's filters and refuses others with 400", async () => {
    const all = (await (await get("/api/claims.csv")).text()).split("\r\n").length;
    const some = (await (await get("/api/claims.csv?kind=pledge")).text()).split("\r\n").length;
    expect(some).toBeLessThan(all);
    expect((await get("/api/claims.csv?width=3")).status).toBe(400);
    expect((await get("/api/claims.csv?kind=nope")).status).toBe(400);
  });
});

describe("GET /api/claims.geojson", () => {
  it("has one feature per claim and place with provenance, geometry by precision", async () => {
    const res = await get("/api/claims.geojson?lang=ar");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/geo+json");
    const fc = (await res.json()) as { type: string; features: { geometry: { type: string } | null; properties: Record<string, string> }[] };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.length).toBeGreaterThan(5);
    for (const f of fc.features) {
      expect(f.properties.passage_url).toContain(`/articles/${f.properties.article}#`);
      if (f.properties.precision === "point") expect(f.geometry?.type).toBe("Point");
      if (f.properties.precision === "country") expect(f.geometry?.type).toBe("MultiPolygon");
      if (!f.properties.place_id) expect(f.geometry).toBeNull();
    }
  });
});
