import { readdirSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";

/**
 * Hostile URLs thrown at every API route over real HTTP: dot segments (raw and percent-encoded),
 * NUL bytes, malformed escapes, Latin-1 and other Unicode, very long strings, repeated and
 * prototype-ish keys. Whatever comes in, the server answers 2xx-4xx, never 5xx, and every 4xx
 * under /api is the one JSON error shape. Bounded to about 300 requests (22 fixed per route, 150 random).
 */
const base = new URL(inject("baseURL"));

type Answer = { status: number; type: string; body: string };

/** A raw GET: fetch() would normalise the path and re-encode it, hiding exactly what we test. */
function rawGet(path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A redirect echoes the long path in Location: let the client read headers the server may send.
    const req = request({ host: base.hostname, port: base.port, path, method: "GET", headers: { accept: "*/*" }, maxHeaderSize: 1 << 18 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body }));
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout on ${path}`)));
    req.end();
  });
}

const HOSTILE = [
  "..",
  "../..",
  "%2e%2e",
  "%2E%2E%2F",
  "..%2f..%2fetc%2fpasswd",
  ".%2e",
  "%00",
  "a%00b",
  "%",
  "%zz",
  "%c0%ae%c0%ae",
  "%ff",
  "admin1",
  "events",
  "world",
  "000_40a8f3811f703089",
  "__proto__",
  "constructor",
  "ÿ",
  "é",
  "%D8%B9%D8%B1%D8%A7%D9%82",
  "a".repeat(5000),
];

// Node refuses paths with characters outside U+0021-U+00FF; anything else is sent percent-encoded.
const sendable = (s: string) => (/^[\u0021-\u00ff]*$/.test(s) && !/[?#]/.test(s) ? s : encodeURIComponent(s));

const segment = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: "binary", maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: fc.constantFrom("a", "-", "_", "Z", "0", ".", "%", "/", "é", "\u0000", "ع"), maxLength: 60 }).map(sendable),
  fc.string({ maxLength: 3000, minLength: 1000 }).map(encodeURIComponent),
);

const key = fc.oneof(fc.constantFrom("", "a", "id", "slug", "layers", "__proto__", "constructor", "%00", "k%zz"), fc.string({ maxLength: 12 }).map(encodeURIComponent));
const value = fc.oneof(fc.constantFrom("", "%", "%00", "1e309", "../x", "\u0000"), segment);
const query = fc.oneof(
  fc.constant(""),
  fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }).map((kv) => "?" + kv.map(([k, v]) => `${k}=${sendable(v)}`).join("&")),
  // the same key again and again
  fc.tuple(key, fc.integer({ min: 2, max: 50 })).map(([k, n]) => "?" + Array.from({ length: n }, (_, i) => `${k}=${i}`).join("&")),
  fc.constantFrom("?", "?&&", "?=", "?a", "?a=1&a=2", "?%zz=1", "?a=%zz", "?" + "x".repeat(6000)),
);

/**
 * Every route under app/api, read from the tree so a new route is fuzzed the day it lands:
 * `[param]` takes a fuzzed segment, `[...rest]` two, and each route is also hit with one
 * segment too many by the random runs.
 */
function apiRoutes(dir = path.resolve(__dirname, "../../app/api"), segs: string[] = []): ((s: string, t: string) => string)[] {
  const out: ((s: string, t: string) => string)[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...apiRoutes(path.join(dir, e.name), [...segs, e.name]));
    else if (e.name === "route.ts") {
      const make = (s: string, t: string) => "/api" + segs.map((g) => "/" + (g.startsWith("[...") ? `${s}/${t}` : g.startsWith("[") ? s : g)).join("");
      out.push(make);
    }
  }
  return out;
}

const ROUTES = apiRoutes();
const DEEPER = ROUTES.map((make) => (s: string, t: string) => `${make(s, t)}/${t}`);

/** Where the server will route it, after dot segments (raw or %2e) are resolved as URLs do. */
const underApi = (path: string) => /^\/api(\/|$)/.test(new URL(path, "http://x").pathname);

/**
 * Refusals by the HTTP server itself, before any route or the proxy runs, have no JSON body:
 * a request line over Node's header limit (431/414), and raw non-ASCII octets, which are not a
 * valid request-target at all (RFC 9112) and get a bare 400.
 */
const refusedByServer = (path: string, status: number) => status === 431 || status === 414 || (status === 400 && /[^\u0000-\u007f]/.test(path));

async function check(path: string): Promise<void> {
  const res = await rawGet(path);
  const where = `${res.status} for GET ${path.slice(0, 200)}`;
  expect(res.status, where).toBeGreaterThanOrEqual(200);
  expect(res.status, where).toBeLessThan(500);
  expect(res.body, where).not.toMatch(/at .*\.(js|ts):\d+|node_modules/);
  if (res.status >= 400 && underApi(path) && !refusedByServer(path, res.status)) {
    expect(res.type, where).toMatch(/^application\/json/);
    const body = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, where).toBe("string");
    expect(typeof body.error?.message, where).toBe("string");
  }
}

describe("API routes under hostile URLs", () => {
  it("cover every route under app/api", () => {
    expect(ROUTES.map((r) => r("S", "T"))).toEqual(expect.arrayContaining(["/api/layers", "/api/layers/S", "/api/articles", "/api/articles/S", "/api/S/T"]));
  });

  it("answer every fixed hostile segment on every route without a 5xx", async () => {
    for (const route of ROUTES) for (const s of HOSTILE) await check(route(sendable(s), "x") + "?a=1&a=2");
  }, 30_000);

  it("answer random paths and query strings with 2xx-4xx only, JSON errors under /api", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES, ...DEEPER), segment, segment, query, async (route, s, t, q) => check(route(s, t) + q)),
      // No shrinking (each step is an HTTP request): the first failing URL is reported as found.
      { numRuns: 150, seed: Number(process.env.FUZZ_SEED ?? 20261124), endOnFailure: true, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: true },
    );
  }, 30_000);
});
