import { describe, expect, inject, it } from "vitest";

/** The static map under load: a bounded render queue (503 + Retry-After), a cache with strong ETags. */
const base = inject("baseURL");
const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

describe("static map rendering under load", () => {
  it("answers a burst of large distinct PNGs with 200s and JSON 503s carrying Retry-After, never a 500", async () => {
    // Distinct sizes, so neither the cache nor a shared in-flight render can absorb them.
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => get(`/api/static-map.png?width=${4096 - i}&height=4096`).then(async (res) => ({ res, body: await res.arrayBuffer() }))),
    );
    const statuses = answers.map((a) => a.res.status);
    expect(
      statuses.every((s) => s === 200 || s === 503),
      statuses.join(","),
    ).toBe(true);
    const busy = answers.filter((a) => a.res.status === 503);
    expect(busy.length, "some requests past the queue are turned away").toBeGreaterThan(0);
    expect(answers.filter((a) => a.res.status === 200).length, "the first ones are drawn").toBeGreaterThan(0);
    for (const { res, body } of busy) {
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(new TextDecoder().decode(body))).toMatchObject({ error: { code: "busy" } });
    }
  }, 120_000);

  it("serves the same view again from its cache with the same strong ETag, and 304 to it (also in its weak form)", async () => {
    const path = "/api/static-map.png?width=640&height=480&country=IRQ";
    const first = await get(path);
    expect(first.status).toBe(200);
    const bytes = Buffer.from(await first.arrayBuffer());
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const t0 = performance.now();
    const second = await get(path);
    const ms = performance.now() - t0;
    expect(second.headers.get("etag")).toBe(etag);
    expect(Buffer.from(await second.arrayBuffer()).equals(bytes)).toBe(true);
    expect(ms, "a cached image takes no render").toBeLessThan(500);
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const res = await get(path, { headers: { "If-None-Match": inm } });
      expect(res.status, inm).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
    }
    expect((await get(path, { headers: { "If-None-Match": '"other"' } })).status).toBe(200);
  });

  it("gives a different size of the same view its own image and ETag", async () => {
    const a = await get("/api/static-map.png?width=300&height=200");
    const b = await get("/api/static-map.png?width=300&height=200&scale=2");
    await a.arrayBuffer();
    await b.arrayBuffer();
    expect(a.headers.get("etag")).not.toBe(b.headers.get("etag"));
  });
});
