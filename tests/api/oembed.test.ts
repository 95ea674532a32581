import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");
const oembed = (url: string, extra = "") => fetch(`${base}/api/oembed?url=${encodeURIComponent(url)}${extra}`);

async function expectJsonError(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe("GET /api/oembed", () => {
  it("answers a valid rich oEmbed 1.0 response for the app's map pages", async () => {
    for (const page of ["/?actor=isis", "/embed?country=SYR&lang=ar", "/countries/irq", "/compare?regions=IRQ,SY-RA"]) {
      const res = await oembed(`${base}${page}`, "&maxwidth=640&maxheight=400&format=json");
      expect(res.status, page).toBe(200);
      const r = (await res.json()) as Record<string, unknown>;
      for (const key of ["type", "version", "title", "provider_name", "provider_url", "html", "width", "height", "thumbnail_url", "thumbnail_width", "thumbnail_height"])
        expect(r, key).toHaveProperty(key);
      expect(r).toMatchObject({ type: "rich", version: "1.0", provider_name: "Allegiance Atlas", width: 640, height: 400 });
      expect(r.html).toMatch(new RegExp(`^<iframe src="${base}/embed`));
      const thumb = await fetch(String(r.thumbnail_url));
      expect(thumb.status).toBe(200);
      expect(thumb.headers.get("content-type")).toBe("image/png");
    }
  });

  it("gives other sites' URLs a 404, malformed requests a 400 and format=xml a 501, all JSON", async () => {
    await expectJsonError(await oembed("https://example.com/?actor=isis"), 404);
    await expectJsonError(await oembed(`${base}/articles/x`), 404);
    await expectJsonError(await oembed("not a url"), 400);
    await expectJsonError(await fetch(`${base}/api/oembed`), 400);
    await expectJsonError(await oembed(`${base}/`, "&maxwidth=wide"), 400);
    await expectJsonError(await oembed(`${base}/`, "&format=xml"), 501);
  });
});
