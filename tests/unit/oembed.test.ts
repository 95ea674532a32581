import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { oembedDiscoveryHref } from "@/lib/oembed/discovery";
import { viewOfMapUrl } from "@/lib/oembed/map-url";
import { assertOwnOrigin, parseOembedRequest } from "@/lib/oembed/request";
import { embedSize, oembedResponse } from "@/lib/oembed/response";
import { modelInputs } from "@/lib/view/load-model";
import { DEFAULT_VIEW } from "@/lib/view/view-state";

const ORIGIN = "http://atlas.test";
const places = (await modelInputs()).places;
const view = (u: string) => viewOfMapUrl(new URL(u, ORIGIN), places);
const parse = (q: string) => parseOembedRequest(`${ORIGIN}/api/oembed?${q}`);

describe("oEmbed URL validation", () => {
  it("accepts only this app's own origin: another host, port or scheme is not found", () => {
    const ok = parse(`url=${encodeURIComponent(`${ORIGIN}/?country=IRQ`)}`);
    expect(() => assertOwnOrigin(ok.target, ORIGIN)).not.toThrow();
    for (const other of ["http://evil.test/", "http://atlas.test:8080/", "https://atlas.test/", "http://atlas.test.evil.test/"]) {
      const q = parse(`url=${encodeURIComponent(other)}`);
      expect(() => assertOwnOrigin(q.target, ORIGIN)).toThrow(expect.objectContaining({ code: "not_found" }));
    }
  });

  it("refuses malformed requests with 400", () => {
    for (const q of [
      "",
      "url=not%20a%20url",
      "url=javascript:alert(1)",
      `url=${encodeURIComponent(ORIGIN)}&maxwidth=abc`,
      `url=${encodeURIComponent(ORIGIN)}&maxwidth=10`,
      `url=${encodeURIComponent(ORIGIN)}&format=yaml`,
      `url=${encodeURIComponent(ORIGIN)}&foo=1`,
    ]) {
      expect(() => parse(q), q).toThrow(ApiError);
      try {
        parse(q);
      } catch (e) {
        expect((e as ApiError).status).toBe(400);
      }
    }
    expect(parse(`url=${encodeURIComponent(ORIGIN)}&format=xml`).format).toBe("xml");
  });

  it("reads the view of the dashboard, the embed, a country page and a comparison; other pages are no map", () => {
    expect(view("/?actor=isis&lang=ar")).toMatchObject({ actors: ["isis"], lang: "ar" });
    expect(view("/embed?c=44,33&z=5")).toMatchObject({ center: [44, 33], zoom: 5 });
    expect(view("/countries/irq")?.countries).toEqual(["IRQ"]);
    expect(view("/countries/fra")).toBeNull();
    expect(view("/compare?regions=IRQ,SY-RA")?.countries).toEqual(["IRQ", "SYR"]);
    expect(view("/articles/x")).toBeNull();
  });
});

describe("oEmbed response", () => {
  it("is a rich 1.0 embed within maxwidth/maxheight, with the thumbnail of the same view", () => {
    const size = embedSize(500, 300);
    expect(size).toEqual({ width: 500, height: 300 });
    const r = oembedResponse({ ...DEFAULT_VIEW, countries: ["IRQ"] }, `A "title" <b>`, ORIGIN, size);
    expect(r).toMatchObject({ type: "rich", version: "1.0", provider_name: "Allegiance Atlas", width: 500, height: 300, thumbnail_width: 500, thumbnail_height: 300 });
    expect(r.html).toContain(`src="${ORIGIN}/embed?country=IRQ"`);
    expect(r.html).toContain('title="A &quot;title&quot; &lt;b&gt;"');
    expect(r.thumbnail_url).toBe(`${ORIGIN}/api/static-map.png?country=IRQ&width=500&height=300`);
  });

  it("gives pages a discovery href on their own origin", () => {
    expect(oembedDiscoveryHref(`${ORIGIN}/?actor=isis`)).toBe(`${ORIGIN}/api/oembed?url=${encodeURIComponent(`${ORIGIN}/?actor=isis`)}&format=json`);
  });
});
