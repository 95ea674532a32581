import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");

/** The oEmbed discovery link in a page's <head>, as a consumer (a CMS, a chat app) reads it. */
async function discovery(path: string): Promise<string | undefined> {
  const html = await (await fetch(`${base}${path}`)).text();
  const tag = html.match(/<link[^>]+type="application\/json\+oembed"[^>]*>/)?.[0];
  return tag?.match(/href="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
}

describe("oEmbed discovery", () => {
  for (const path of ["/?kind=recruitment&lang=ar", "/countries/syr", "/compare?regions=IRQ,SYR"]) {
    it(`${path} links to an oEmbed answer for itself`, async () => {
      const href = await discovery(path);
      expect(href).toBeDefined();
      const url = new URL(href!);
      expect(url.pathname).toBe("/api/oembed");
      const page = new URL(url.searchParams.get("url")!);
      expect(decodeURIComponent(page.pathname + page.search)).toBe(path);
      const res = await fetch(`${base}${url.pathname}${url.search}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { type: string; version: string; html: string };
      expect(body).toMatchObject({ type: "rich", version: "1.0" });
      expect(body.html).toContain("/embed");
    });
  }
});
