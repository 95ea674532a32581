import { createRequire } from "node:module";
import { describe, expect, inject, it } from "vitest";

/** Security headers on every kind of response: a page, an API answer, errors and static files. */
const base = inject("baseURL");
const MAPLIBRE_VERSION: string = createRequire(import.meta.url)("maplibre-gl/package.json").version;

const REQUIRED: Record<string, RegExp> = {
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  "cross-origin-opener-policy": /^same-origin$/,
  "cross-origin-resource-policy": /^same-origin$/,
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecure(res: Response, what: string) {
  for (const [name, pattern] of Object.entries(REQUIRED)) expect(res.headers.get(name), `${name} on ${what}`).toMatch(pattern);
  expect(res.headers.get("x-powered-by"), `x-powered-by on ${what}`).toBeNull();

  const permissions = res.headers.get("permissions-policy") ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(permissions, `permissions-policy on ${what}`).toContain(`${feature}=()`);

  const csp = directives(res.headers.get("content-security-policy") ?? "");
  expect(csp.get("default-src"), `default-src on ${what}`).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors"), `frame-ancestors on ${what}`).toEqual(["'none'"]);
  expect(csp.get("object-src"), `object-src on ${what}`).toEqual(["'none'"]);
  for (const [name, values] of csp) {
    expect(values, `${name} on ${what}`).not.toContain("'unsafe-eval'");
    // Same origin only: no host, scheme-wide source (https:, http:) or wildcard anywhere.
    // (A page's script-src adds its per-request nonce.)
    for (const v of values) expect(v, `${name} on ${what}`).toMatch(/^('self'|'none'|'unsafe-inline'|'nonce-[A-Za-z0-9+/]+={0,2}'|data:|blob:)$/);
  }
  expect(csp.get("script-src"), `script-src on ${what}`).not.toContain("'unsafe-inline'");
}

async function get(path: string): Promise<Response> {
  const res = await fetch(`${base}${path}`);
  await res.arrayBuffer();
  return res;
}

describe("security headers", () => {
  it("are on the dashboard page", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expectSecure(res, "/");
  });

  it("are on an API answer, a conditional 304 and a GeoJSON layer", async () => {
    expectSecure(await get("/api/layers"), "/api/layers");
    const layer = await get("/api/layers/countries");
    expectSecure(layer, "/api/layers/countries");
    const again = await fetch(`${base}/api/layers/countries`, { headers: { "If-None-Match": layer.headers.get("etag") ?? "" } });
    expect(again.status).toBe(304);
    expectSecure(again, "a 304");
  });

  it("are on error answers: API 400 and 404, the proxy's 400, and the HTML not-found page", async () => {
    const bad = await get("/api/layers?nope=1");
    expect(bad.status).toBe(400);
    expectSecure(bad, "an API 400");
    const missing = await get("/api/no-such-route");
    expect(missing.status).toBe(404);
    expectSecure(missing, "an API 404");
    const malformed = await get("/api/layers/%zz");
    expect(malformed.status).toBe(400);
    expectSecure(malformed, "the proxy's 400 for a malformed escape");
    const page = await get("/no-such-page");
    expect(page.status).toBe(404);
    expectSecure(page, "the HTML 404");
  });

  it("are on static files: public/ assets and Next's hashed chunks", async () => {
    expectSecure(await get(`/maplibre/${MAPLIBRE_VERSION}/maplibre-gl-worker.mjs`), "MapLibre's worker");
    expectSecure(await get("/fonts/noto-sans-arabic-400.woff2"), "a font");
    const html = await (await fetch(`${base}/`)).text();
    const chunk = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(chunk, "a script chunk in the page").toBeTruthy();
    const res = await get(chunk!);
    expect(res.status).toBe(200);
    expectSecure(res, chunk!);
  });
});
