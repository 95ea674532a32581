import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { syntheticClaims } from "@/lib/bench/claims";
import { closeDb, db } from "@/lib/data/connection";
import { inWrite, writeArticle } from "@/lib/data/write";
import type { Place } from "@/lib/schema/gazetteer";
import { hasOgrinfo } from "../support/gdal";

/** Issue 16 over HTTP: the new view parameters, downloads and editors' write routes. */
const base = inject("baseURL");
process.env.ATLAS_DATA_DIR = inject("dataDir");
const get = (path: string) => fetch(`${base}${path}`);
let token = "";

const hasOgr = hasOgrinfo("events-grades");

const IRAQ: Place[] = [{ id: "country:IRQ", kind: "country", iso: "IRQ", countries: ["IRQ"], nameEn: "Iraq", nameAr: "العراق", aliasesEn: [], aliasesAr: [], point: [44, 33] }];

/** SYNTHETIC: an article from an outlet with one claim of ISIS's presence in Iraq on 10 July 2017. */
async function ingest(slug: string, source: string): Promise<void> {
  const { article, claims } = syntheticClaims(1, IRAQ, { slug, seed: slug.length, passages: 1 });
  const c = {
    ...claims[0]!,
    id: `c-${slug}`,
    kind: "presence" as const,
    actors: ["isis"],
    fromActor: undefined,
    toActor: undefined,
    places: [{ placeId: "country:IRQ", precision: "country" as const }],
    countries: ["IRQ" as const],
    date: { value: "2017-07-10", precision: "day" as const, inferred: false },
  };
  await inWrite(await db(), async (trx) => {
    await writeArticle(trx, { article: { ...article, source }, autoClaims: [c], curation: null }, { replace: true });
    // Accepted, as a reviewer would: public read paths serve accepted claims only (issue 15).
    await trx.updateTable("claims").set({ status: "accepted" }).where("article", "=", slug).execute();
  });
}

beforeAll(async () => {
  const k = await db();
  await k
    .insertInto("user")
    .values({
      id: "u-events",
      name: "Events editor",
      email: "events@example.org",
      emailVerified: 0,
      image: null,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      role: "editor",
    })
    .execute();
  token = (await createToken(k, "u-events")).token;
  await ingest("events-wire-a", "Synthetic Wire");
  await ingest("events-wire-b", "synthetic wire ");
  await ingest("events-paper", "Synthetic Paper");
});
afterAll(() => closeDb());

const write = (path: string, method: string, body: unknown, auth = true) =>
  fetch(`${base}${path}`, { method, headers: { "Content-Type": "application/json", ...(auth ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

async function csvRows(query = ""): Promise<Record<string, string>[]> {
  const text = await (await get(`/api/claims.csv${query}`)).text();
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
}

describe("view parameters for grades", () => {
  it("answers 400 naming the parameter for a grade outside the scales, on every view route", async () => {
    for (const path of ["/api/view?grade=G1", "/api/claims.csv?grade=B7", "/api/claims.gpkg?grade=b2", "/api/claims.kml?grade=B", "/api/static-map.svg?grade=Z9"]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^grade: /);
    }
  });

  it("keeps only claims at or above the floor: ungraded claims are F6", async () => {
    expect((await csvRows("?grade=F6")).length).toBeGreaterThan(3);
    expect(await csvRows("?grade=A1")).toEqual([]);
  });
});

describe("downloads carry events, sources, grades and precision codes", () => {
  it("puts one event id and two independent sources on the three synthetic reports", async () => {
    const rows = (await csvRows()).filter((r) => r.article?.startsWith("events-"));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(1);
    expect(rows.map((r) => r.sources)).toEqual(["2", "2", "2"]);
    expect(rows[0]).toMatchObject({ source_reliability: "F", credibility: "6", where_prec: "6", date_prec: "1" });
  });

  it.skipIf(!hasOgr)("serves a GeoPackage and a KML that GDAL reads with the CSV's rows and columns", async () => {
    const csv = await csvRows("?country=IRQ");
    const dir = mkdtempSync(join(tmpdir(), "atlas-gis-http-"));
    for (const ext of ["gpkg", "kml"]) {
      const res = await get(`/api/claims.${ext}?country=IRQ`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(new RegExp(`filename="allegiance-atlas-claims-irq\\.${ext}"`));
      const file = join(dir, `claims.${ext}`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const out = execFileSync("ogrinfo", ["-ro", "-so", "-al", file], { encoding: "utf8" });
      expect(out).toMatch(new RegExp(`Feature Count: ${csv.length}\\b`));
      for (const col of ["event_id", "sources", "source_reliability", "credibility", "where_prec", "date_prec"]) expect(out).toMatch(new RegExp(`^${col}: `, "m"));
    }
  });
});

describe("editors' write routes", () => {
  it("answers 401 without credentials or with a dead token, and changes nothing", async () => {
    expect((await write("/api/sources/s-000000000000", "PATCH", { reliability: "A" }, false)).status).toBe(401);
    expect((await write("/api/claims/c-events-paper/credibility", "PATCH", { credibility: 1 }, false)).status).toBe(401);
    expect((await write("/api/events/e-events-paper/split", "POST", { claims: ["c-events-paper"] }, false)).status).toBe(401);
    const bad = await fetch(`${base}/api/events/e-x/merge`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer atlas_nope" }, body: "{}" });
    expect(bad.status).toBe(401);
  });

  it("refuses a body that is not JSON (415), malformed (400) or outside the scale (400)", async () => {
    const text = await fetch(`${base}/api/sources/s-x`, { method: "PATCH", headers: { "Content-Type": "text/plain", Authorization: `Bearer ${token}` }, body: "A" });
    expect(text.status).toBe(415);
    expect((await write("/api/sources/s-x", "PATCH", { reliability: "G" })).status).toBe(400);
    expect((await write("/api/claims/c-events-paper/credibility", "PATCH", { credibility: 7 })).status).toBe(400);
    expect((await write("/api/events/e-x/split", "POST", { claims: [] })).status).toBe(400);
  });

  it("answers other methods of a write route with a JSON 405 naming the one it takes", async () => {
    for (const [path, allowed] of [
      ["/api/sources/s-x", "PATCH"],
      ["/api/claims/c-x/credibility", "PATCH"],
      ["/api/events/e-x/split", "POST"],
      ["/api/events/e-x/merge", "POST"],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(405);
      expect(res.headers.get("allow")).toBe(allowed);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
    }
  });

  it("answers 404 for an unknown outlet, claim or event", async () => {
    expect((await write("/api/sources/s-000000000000", "PATCH", { reliability: "A" })).status).toBe(404);
    expect((await write("/api/claims/c-none/credibility", "PATCH", { credibility: 1 })).status).toBe(404);
    expect((await write("/api/events/e-none/split", "POST", { claims: ["c-none"] })).status).toBe(404);
  });

  it("grades an outlet and a claim, and the downloads and the grade filter show it at once", async () => {
    const sources = (await (await fetch(`${base}/api/sources`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      sources: { id: string; name: string; articles: number }[];
    };
    const wire = sources.sources.find((s) => s.name.trim().toLowerCase() === "synthetic wire")!;
    expect(wire.articles).toBe(2);
    expect((await write(`/api/sources/${wire.id}`, "PATCH", { reliability: "B" })).status).toBe(200);
    expect((await write("/api/claims/c-events-wire-a/credibility", "PATCH", { credibility: 2 })).status).toBe(200);
    expect((await csvRows("?grade=B2")).map((r) => r.claim_id)).toEqual(["c-events-wire-a"]);
  });

  it("splits a report off its event and merges it back", async () => {
    const eventOf = async (id: string) => (await csvRows()).find((r) => r.claim_id === id)!;
    const before = await eventOf("c-events-paper");
    expect((await write(`/api/events/${before.event_id}/split`, "POST", { claims: ["c-events-paper"] })).status).toBe(200);
    const after = await eventOf("c-events-paper");
    const wire = await eventOf("c-events-wire-a");
    // Each part takes its id from its earliest claim: the two are now different events.
    expect(after.event_id).not.toBe(wire.event_id);
    expect([after.sources, wire.sources]).toEqual(["1", "1"]);
    expect((await write(`/api/events/${after.event_id}/merge`, "POST", { with: wire.event_id })).status).toBe(200);
    expect((await eventOf("c-events-wire-a")).event_id).toBe(before.event_id);
    expect((await eventOf("c-events-paper")).sources).toBe("2");
  });
});
