import { describe, expect, inject, it } from "vitest";

/** Items of the adversarial probe (issue 17) answered over HTTP. */
const base = inject("baseURL");
const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

describe("malformed percent-escapes on every path", () => {
  it("page routes answer the API's 400 JSON error with the security headers, not a bare 500", async () => {
    for (const path of ["/articles/%zz", "/countries/%", "/compare/%e0%a4%a", "/%zz", "/api/layers/%zz"]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type"), path).toMatch(/^application\/json/);
      expect(await res.json()).toMatchObject({ error: { code: "bad_request" } });
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'self'");
    }
  });
});

describe("405 Method Not Allowed", () => {
  it("answers JSON with Allow and Cache-Control: no-store on every API route", async () => {
    for (const path of [
      "/api/layers",
      "/api/layers/countries",
      "/api/view",
      "/api/articles",
      "/api/static-map.png",
      "/api/static-map.svg",
      "/api/claims.csv",
      "/api/compare",
      "/api/oembed",
    ]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        // Editors add articles with POST /api/articles (tests/api/intake.test.ts).
        if (path === "/api/articles" && method === "POST") continue;
        const res = await get(path, { method });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get("cache-control"), `${method} ${path}`).toBe("no-store");
        expect(res.headers.get("allow")).toContain("GET");
        expect(await res.json()).toMatchObject({ error: { code: "method_not_allowed" } });
      }
    }
  });
});

describe("conditional requests", () => {
  it("a layer answers 304 to the weak form of its ETag, in a list, and to *", async () => {
    const first = await get("/api/layers/countries");
    await first.arrayBuffer();
    const etag = first.headers.get("etag")!;
    for (const inm of [`W/${etag}`, `"nope", W/${etag}`, "*"]) expect((await get("/api/layers/countries", { headers: { "If-None-Match": inm } })).status, inm).toBe(304);
  });
});

describe("query names inherited from Object.prototype", () => {
  // (`__proto__` never reaches the app over HTTP: Next drops it while parsing the URL, before
  // proxy.ts and the route; parseQuery refuses it when it is there, tests/unit/api-query-names.)
  // Checked in proxy.ts itself (Next 16.4): its `req.url` is rebuilt from Next's parsed query
  // object, where `query["__proto__"] = "x"` is a no-op prototype assignment, and no request
  // header carries the original URL, so there is nothing left there to refuse. Only the config
  // flag `skipProxyUrlNormalize` would hand proxy.ts the raw URL.
  it("`__proto__` answers as if it were absent, never a 5xx, on routes with and without parameters", async () => {
    for (const [route, sep] of [
      ["/api/articles", "?"],
      ["/api/view?country=IRQ", "&"],
      ["/api/layers/events", "?"],
    ] as const) {
      const plain = await get(route);
      const plainBody = await plain.text();
      for (const q of ["__proto__=x", "__proto__", "%5F%5Fproto%5F%5F=x"]) {
        const res = await get(`${route}${sep}${q}`);
        expect(res.status, `${route} ${q}`).toBe(plain.status);
        expect(await res.text(), `${route} ${q}`).toBe(plainBody);
      }
    }
    // A name that merely starts with it is an ordinary unknown parameter, refused.
    expect((await get("/api/articles?__proto__[polluted]=1")).status).toBe(400);
    // Nothing was assigned to a prototype along the way: the next request still validates.
    expect((await get("/api/articles?polluted=1")).status).toBe(400);
  });

  it("are refused by name with a 400", async () => {
    for (const name of ["constructor", "toString", "hasOwnProperty"]) {
      for (const route of ["/api/layers", "/api/view", "/api/compare?regions=IRQ,SYR&"]) {
        const sep = route.includes("?") ? "" : "?";
        const res = await get(`${route}${sep}${name}=1`);
        expect(res.status, `${route} ${name}`).toBe(400);
        const body = (await res.json()) as { error: { message: string } };
        expect(body.error.message, `${route} ${name}`).toContain(`unknown parameter "${name}"`);
      }
    }
  });
});

describe("scripts under a nonce", () => {
  it("pages carry a fresh script nonce and no 'unsafe-inline' for scripts, and every inline script has the nonce", async () => {
    const nonces = new Set<string>();
    for (const path of ["/", "/articles", "/countries/irq", "/embed"]) {
      const res = await get(path);
      const html = await res.text();
      const csp = res.headers.get("content-security-policy") ?? "";
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const attrs of scripts) expect(attrs, `${path}: ${attrs}`).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size, "a new nonce per response").toBe(4);
  });

  it("the embed view keeps its frame-ancestors * and other pages 'none'", async () => {
    expect((await get("/embed")).headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect((await get("/")).headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("bidi isolation of user text", () => {
  it("the reader's tab title isolates the article title (FSI…PDI) and its heading uses <bdi>", async () => {
    const list = (await (await get("/api/articles")).json()) as { slug: string }[] | { articles: { slug: string }[] };
    const slug = (Array.isArray(list) ? list : list.articles)[0]!.slug;
    const html = await (await get(`/articles/${slug}`)).text();
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toMatch(/^\u2068[^\u2069]*\u2069 · Allegiance Atlas$/);
    expect(html).toMatch(/<h1 id="article-title"[^>]*><bdi>/);
  });
});
