import { describe, expect, it } from "vitest";
import { attr, shareLinks } from "@/lib/share/snippets";
import { DEFAULT_VIEW } from "@/lib/view/view-state";

const ORIGIN = "http://127.0.0.1:3000";

describe("shareLinks", () => {
  const view = { ...DEFAULT_VIEW, kinds: ["pledge" as const], center: [44.4, 33.3] as [number, number], zoom: 5, selection: "c-x", lang: "ar" as const };
  const links = shareLinks(ORIGIN, "/", view);

  it("links to this exact view and embeds the same view", () => {
    expect(links.view).toBe(`${ORIGIN}/?c=44.4%2C33.3&z=5&kind=pledge&sel=c-x&lang=ar`);
    expect(links.embed).toBe(`${ORIGIN}/embed?c=44.4%2C33.3&z=5&kind=pledge&sel=c-x&lang=ar`);
  });
  it("gives an iframe snippet with a fixed aspect ratio and escaped attributes", () => {
    expect(links.iframe).toContain("aspect-ratio:3/2");
    expect(links.iframe).toContain(`src="${ORIGIN}/embed?c=44.4%2C33.3&amp;z=5&amp;kind=pledge&amp;sel=c-x&amp;lang=ar"`);
  });
  it("asks for images of the view without its popup, at print size", () => {
    const png = new URL(links.png);
    expect(png.pathname).toBe("/api/static-map.png");
    expect(png.searchParams.get("sel")).toBeNull();
    expect(png.searchParams.get("kind")).toBe("pledge");
    expect(png.searchParams.get("scale")).toBe("2");
  });
  it("downloads the claims under the same filters", () => {
    expect(links.csv).toBe(`${ORIGIN}/api/claims.csv?kind=pledge&lang=ar`);
  });
  it("offers the same data as GeoPackage and KML for GIS users, with the grade floor", () => {
    const graded = shareLinks(ORIGIN, "/", { ...view, grade: "B2" });
    expect(graded.gpkg).toBe(`${ORIGIN}/api/claims.gpkg?kind=pledge&grade=B2&lang=ar`);
    expect(graded.kml).toBe(`${ORIGIN}/api/claims.kml?kind=pledge&grade=B2&lang=ar`);
  });
  it("escapes what would break out of an attribute", () => {
    expect(attr(`"><script>`)).toBe("&quot;&gt;&lt;script&gt;");
  });
});
