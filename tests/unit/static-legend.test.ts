import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { loadFonts } from "@/lib/static-map/fonts";
import { legendSections, legendSvg } from "@/lib/static-map/legend";

// The static image's legend draws one swatch per label (0%, 50%, 100%), not a ramp with labels
// under it: each label must sit beside its own swatch, in both directions, and the swatches
// must run in reading order (0% first: leftmost in English, rightmost in Arabic).
const fonts = loadFonts();

function lossKey(lang: "en" | "ar") {
  const sections = legendSections(["territorial-loss"], lang, []);
  const entries = sections[0]!.entries.filter((e) => e.label.endsWith("%"));
  const rtl = lang === "ar";
  const svg = legendSvg(sections, { x: rtl ? 600 : 0, bottom: 200, maxWidth: 400, size: 10, rtl, fonts });
  const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`, "image/svg+xml");
  const rects = Array.from(doc.getElementsByTagName("rect")).slice(1); // the first is the legend's background
  const swatches = rects.map((r) => ({ x: Number(r.getAttribute("x")) + Number(r.getAttribute("width")) / 2, fill: r.getAttribute("fill") }));
  const texts = Array.from(doc.getElementsByTagName("text")).map((t) => ({ x: Number(t.getAttribute("x")), text: t.textContent ?? "" }));
  return { entries, swatches, texts };
}

describe("the static image's loss legend", () => {
  for (const lang of ["en", "ar"] as const) {
    it(`in ${lang} puts each share beside the swatch of its own colour, in reading order`, () => {
      const { entries, swatches, texts } = lossKey(lang);
      expect(entries.map((e) => e.label)).toEqual(["0%", "50%", "100%"]);
      const xs: number[] = [];
      for (const e of entries) {
        const label = texts.find((t) => t.text === e.label)!;
        const nearest = [...swatches].sort((a, b) => Math.abs(a.x - label.x) - Math.abs(b.x - label.x))[0]!;
        expect(e.swatch.shape === "area" && nearest.fill).toBe(e.swatch.shape === "area" ? e.swatch.fill.color : false);
        xs.push(nearest.x);
      }
      const ordered = [...xs].sort((a, b) => (lang === "ar" ? b - a : a - b));
      expect(xs).toEqual(ordered);
    });
  }
});
