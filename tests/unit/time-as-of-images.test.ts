import { describe, expect, it } from "vitest";
import { viewOfMapUrl } from "@/lib/oembed/map-url";
import { staticMapInput } from "@/lib/static-map/load";
import { parseStaticMapQuery } from "@/lib/static-map/params";
import { renderStaticSvg } from "@/lib/static-map/render-svg";
import { viewTitle } from "@/lib/static-map/title";
import { modelInputs } from "@/lib/view/load-model";
import { DEFAULT_VIEW } from "@/lib/view/view-state";

const names = { actors: new Map(), countries: new Map() };

describe("as of a month in titles, images and oEmbed", () => {
  it("says 'as of October 2017' in the view's title, in English and Arabic", () => {
    expect(viewTitle({ ...DEFAULT_VIEW, at: "2017-10" }, names)).toContain("(as of October 2017)");
    expect(viewTitle({ ...DEFAULT_VIEW, at: "2017-10", lang: "ar" }, names)).toContain("حتى أكتوبر 2017");
    expect(viewTitle({ ...DEFAULT_VIEW, at: "2017-10", play: "window", window: 3 }, names)).toContain("the 3 months to October 2017");
    expect(viewTitle(DEFAULT_VIEW, names)).not.toContain("as of");
  });
  it("reads at from the map URL an oEmbed request names, on every map page", async () => {
    const places = (await modelInputs()).places;
    for (const path of ["/?at=2017-10", "/embed?at=2017-10", "/countries/irq?at=2017-10", "/compare?regions=IRQ,SYR&at=2017-10"]) {
      expect(viewOfMapUrl(new URL(path, "http://atlas.test"), places)?.at, path).toBe("2017-10");
    }
  });
  it("puts the month in the static map's subtitle and credits, and refuses a bad at with a 400", async () => {
    const q = parseStaticMapQuery("http://atlas.test/api/static-map.svg?at=2017-10&width=800&height=600");
    const svg = renderStaticSvg(await staticMapInput(q.view, q));
    // Text is drawn in runs (one per word group): read it as a person would, without the tags.
    const text = (from: string, to?: string) => svg.slice(svg.indexOf(from), to ? svg.indexOf(to) : undefined).replace(/<[^>]+>/g, "");
    expect(text('id="title"', 'id="legend"')).toContain("as of October 2017");
    expect(text('id="credits"')).toContain("as of October 2017");
    expect(() => parseStaticMapQuery("http://atlas.test/api/static-map.svg?at=2017-13")).toThrow(expect.objectContaining({ status: 400 }));
  });
});
