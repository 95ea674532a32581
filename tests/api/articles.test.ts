import { describe, expect, inject, it } from "vitest";
import { expectJsonError } from "../support/http";

const base = inject("baseURL");
const get = (path: string) => fetch(`${base}${path}`);
const SEED = "000_40a8f3811f703089";

describe("GET /api/articles", () => {
  it("lists the seed article with its language and counts", async () => {
    const res = await get("/api/articles");
    expect(res.status).toBe(200);
    const { articles } = (await res.json()) as { articles: { slug: string; lang: string; passages: number; claims: number }[] };
    const seed = articles.find((a) => a.slug === SEED);
    expect(seed?.lang).toBe("ar");
    expect(seed?.passages).toBeGreaterThan(5);
    expect(seed?.claims).toBeGreaterThan(5);
  });
});

describe("GET /api/articles/{slug}", () => {
  it("returns the article with passages whose offsets point into its text, and claims quoting them", async () => {
    const res = await get(`/api/articles/${SEED}`);
    expect(res.status).toBe(200);
    const { article, claims } = (await res.json()) as {
      article: { text: string; passages: { id: string; start: number; end: number; text: string }[] };
      claims: { passageId: string; quote: string; span: { start: number; end: number } }[];
    };
    for (const p of article.passages) expect(article.text.slice(p.start, p.end)).toBe(p.text);
    const passages = new Map(article.passages.map((p) => [p.id, p]));
    for (const c of claims) expect(passages.get(c.passageId)?.text.slice(c.span.start, c.span.end)).toBe(c.quote);
  });

  it("gives an unknown slug a 404 JSON error", async () => {
    await expectJsonError(await get("/api/articles/no-such-article"), 404);
  });

  it("gives a malformed slug a 400 JSON error, including a path climbing out of the data folder", async () => {
    await expectJsonError(await get("/api/articles/..%2F..%2Fpackage"), 400);
    await expectJsonError(await get("/api/articles/UPPER"), 400);
    await expectJsonError(await get(`/api/articles/${"a".repeat(100)}`), 400);
  });
});

describe("claim layers", () => {
  type Fc = { features: { geometry: { type: string }; properties: Record<string, unknown> }[] };
  const layer = async (id: string) => (await (await get(`/api/layers/${id}`)).json()) as Fc;

  it("carry the article, passage and quoted span on every feature", async () => {
    const listed = (await (await get("/api/articles")).json()) as { articles: { slug: string }[] };
    const slugs = new Set(listed.articles.map((a) => a.slug));
    for (const id of ["territorial-loss", "recruitment-hotspots", "allegiance-shifts", "events"]) {
      const fc = await layer(id);
      expect(fc.features.length, id).toBeGreaterThan(0);
      for (const f of fc.features) {
        const p = f.properties;
        const prov = (p.provenance as { article: string; passageId: string; quote: string }[] | undefined) ?? [p as { article: string; passageId: string; quote: string }];
        for (const q of prov) {
          expect(slugs.has(q.article)).toBe(true);
          expect(q.passageId).toMatch(/^p-/);
          expect(q.quote.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("never draw a claim about a whole country as a point", async () => {
    const fc = await layer("events");
    for (const f of fc.features) {
      if (f.properties.precision === "country") expect(f.geometry.type).toMatch(/Polygon/);
      if (f.geometry.type === "Point") expect(f.properties.precision).toBe("point");
    }
  });

  it("state the share of territory lost for Iraq and Syria", async () => {
    const fc = await layer("territorial-loss");
    const loss = Object.fromEntries(fc.features.map((f) => [f.properties.placeId, f.properties.lossPercent]));
    expect(loss["country:IRQ"]).toBe(60);
    expect(loss["country:SYR"]).toBe(60);
  });
});
