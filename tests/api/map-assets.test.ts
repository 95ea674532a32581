import { describe, expect, inject, it } from "vitest";

/**
 * Every page with a map names MapLibre in its head, so the browser fetches it alongside the
 * page's own scripts; before, it was asked for only once hydration ran the map's code, a third
 * of a second later on the dashboard. The file is the app's own copy, served as a module under
 * its version, so browsers keep it between visits.
 */
const base = inject("baseURL");

const PRELOAD = /<link(?=[^>]*\brel="modulepreload")(?=[^>]*\bhref="(\/maplibre\/\d+\.\d+\.\d+[^/"]*\/maplibre-gl\.mjs)")[^>]*>/;

async function head(path: string): Promise<string> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, path).toBe(200);
  const html = await res.text();
  return html.slice(0, html.indexOf("</head>"));
}

describe("MapLibre preload", () => {
  it.each(["/", "/?layers=none&lang=ar", "/countries/irq", "/compare?regions=IRQ,SYR", "/embed"])("is in the head of %s", async (path) => {
    expect(await head(path)).toMatch(PRELOAD);
  });

  it("is not on pages without a map", async () => {
    expect(await head("/articles")).not.toMatch(PRELOAD);
  });

  it("names a file the app serves as a JavaScript module, compressed when asked and cached for good", async () => {
    const href = PRELOAD.exec(await head("/"))![1]!;
    const res = await fetch(`${base}${href}`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^(application|text)\/javascript\b/);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    // The version is in the path: a new MapLibre gets a new URL, so this one never changes.
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const text = await res.text(); // fetch decodes the gzip
    expect(text).toMatch(/export\s*\{[^}]*\bMap\b/);
    expect(text).toContain("setWorkerUrl");
  });

  it("serves the worker beside it, cached the same way", async () => {
    const href = PRELOAD.exec(await head("/"))![1]!;
    const res = await fetch(`${base}${href.replace(/maplibre-gl\.mjs$/, "maplibre-gl-worker.mjs")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^(application|text)\/javascript\b/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("does not cache other public files for good", async () => {
    const res = await fetch(`${base}/fonts/noto-sans-arabic-400.woff2`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).not.toContain("immutable");
  });
});

describe("the map's placeholder", () => {
  it.each([
    ["/?lang=ar", "جارٍ تحميل الخريطة…", "Loading map…"],
    ["/embed?lang=ar", "جارٍ تحميل الخريطة…", "Loading map…"],
    ["/", "Loading map…", "جارٍ تحميل الخريطة…"],
  ])("on %s is in the interface language", async (path, shown, absent) => {
    const html = await (await fetch(`${base}${path}`)).text();
    expect(html).toContain(shown);
    expect(html).not.toContain(absent);
  });
});
