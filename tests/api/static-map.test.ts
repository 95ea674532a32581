import { DOMParser } from "@xmldom/xmldom";
import { PNG } from "pngjs";
import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");
const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

async function expectJsonError(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe("GET /api/static-map.png", () => {
  it("has the requested pixel size (width·scale × height·scale) and is not blank", async () => {
    const res = await get("/api/static-map.png?width=600&height=400&scale=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="allegiance-atlas.*\.png"$/);
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1200, 800]);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(50);
  });

  it("answers 304 to its own ETag without drawing again", async () => {
    const first = await get("/api/static-map.png?width=200&height=150");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await get("/api/static-map.png?width=200&height=150", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it("refuses sizes out of bounds and too many pixels with a 400 JSON error", async () => {
    for (const q of ["width=100000", "width=10", "height=abc", "scale=9", "width=4096&height=4096&scale=2", "width=800&width=900", "zoom=3", "country=FRA"]) {
      await expectJsonError(await get(`/api/static-map.png?${q}`), 400);
    }
  });
});

describe("GET /api/static-map.svg", () => {
  it("is well-formed SVG with the view's layers, title, legend and credits, in Arabic too", async () => {
    for (const lang of ["en", "ar"]) {
      const res = await get(`/api/static-map.svg?layers=activity,territorial-loss,allegiance-shifts&lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
      const errors: string[] = [];
      const doc = new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(await res.text(), "image/svg+xml");
      expect(errors).toEqual([]);
      const ids = Array.from(doc.getElementsByTagName("g")).map((g) => g.getAttribute("id"));
      for (const id of ["layer-activity-countries", "layer-territorial-loss-countries", "layer-allegiance-shifts-countries", "title", "legend", "credits"])
        expect(ids).toContain(id);
      expect(ids).not.toContain("layer-recruitment-hotspots-points");
      if (lang === "ar") expect(Array.from(doc.getElementsByTagName("text")).some((t) => t.getAttribute("direction") === "rtl")).toBe(true);
    }
  });

  it("refuses a bad view parameter with a 400 JSON error", async () => {
    await expectJsonError(await get("/api/static-map.svg?c=500,0&z=3"), 400);
  });
});
