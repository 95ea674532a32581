import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { RECRUIT_COLOR } from "@/lib/map/claim-layers";
import { loadFonts } from "@/lib/static-map/fonts";
import { legendSections } from "@/lib/static-map/legend";
import { staticMapInput } from "@/lib/static-map/load";
import { renderStaticSvg } from "@/lib/static-map/render-svg";
import { runsOf, textLine } from "@/lib/static-map/text-runs";
import { DEFAULT_VIEW } from "@/lib/view/view-state";

const fonts = loadFonts();
const parse = (svg: string) => new DOMParser().parseFromString(svg.startsWith("<?xml") ? svg : `<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`, "image/svg+xml");

describe("the static image's legend mirrors the map's encoding", () => {
  for (const lang of ["en", "ar"] as const) {
    it(`in ${lang} keys recruitment as blue outlines, dashed for a whole country and solid for a province, not as fills`, () => {
      const rec = legendSections(["recruitment-hotspots"], lang, [])[0]!.entries;
      const lines = rec.filter((e) => e.swatch.shape === "line");
      expect(rec.some((e) => e.swatch.shape === "area")).toBe(false);
      expect(lines.map((e) => e.swatch.shape === "line" && [e.swatch.stroke.color, Boolean(e.swatch.dashed)])).toEqual([
        [RECRUIT_COLOR, false],
        [RECRUIT_COLOR, true],
      ]);
    });
  }

  it("keys activity as the grey ramp the map draws", () => {
    const act = legendSections(["activity"], "en", [])[0]!.entries;
    const greys = act.map((e) => (e.swatch.shape === "area" ? e.swatch.fill.color : ""));
    for (const g of greys) expect(g).toMatch(/^#([0-9a-f]{2})\1\1$/);
  });
});

describe("the static image's legend hides no claim", () => {
  it("sits in a band below every drawn claim feature, in English and Arabic", async () => {
    for (const lang of ["en", "ar"] as const) {
      const doc = parse(renderStaticSvg(await staticMapInput({ ...DEFAULT_VIEW, actors: ["isis"], lang }, { width: 1200, height: 800 })));
      const groups = Array.from(doc.getElementsByTagName("g"));
      const legendTop = Number(
        groups
          .find((g) => g.getAttribute("id") === "legend")!
          .getElementsByTagName("rect")[0]!
          .getAttribute("y"),
      );
      const claimGroups = groups.filter((g) => /^layer-(territorial-loss|recruitment-hotspots|allegiance-shifts|activity)-/.test(g.getAttribute("id") ?? ""));
      const ys = claimGroups.flatMap((g) => [
        ...Array.from(g.getElementsByTagName("path")).flatMap((p) => [...(p.getAttribute("d") ?? "").matchAll(/[ML,]\s*-?[\d.]+[ ,](-?[\d.]+)/g)].map((m) => Number(m[1]))),
        ...Array.from(g.getElementsByTagName("circle")).map((c) => Number(c.getAttribute("cy")) + Number(c.getAttribute("r"))),
      ]);
      expect(ys.length, lang).toBeGreaterThan(20);
      expect(Math.max(...ys), lang).toBeLessThan(legendTop);
    }
  });
});

describe("arrows in the static image", () => {
  const style = { size: 12, fill: "#000" };
  it("are drawn as a path pointing right in English, never as a stand-in glyph", () => {
    const svg = textLine("ISIS → al-Qaeda", 0, 20, "left", false, style, fonts);
    expect(svg).not.toMatch(/[›→]/);
    const d = parse(svg).getElementsByTagName("path")[0]!.getAttribute("d")!;
    const [x1, x2] = [...d.matchAll(/^M([\d.]+) [\d.]+H([\d.]+)/g)][0]!.slice(1).map(Number);
    expect(x2!).toBeGreaterThan(x1!);
  });

  it("point left where the Arabic text says ←", () => {
    const svg = textLine("داعش ← القاعدة", 300, 20, "right", true, style, fonts);
    expect(svg).not.toMatch(/[‹›←]/);
    const d = parse(svg).getElementsByTagName("path")[0]!.getAttribute("d")!;
    const [x1, x2] = [...d.matchAll(/^M([\d.]+) [\d.]+H([\d.]+)/g)][0]!.slice(1).map(Number);
    expect(x2!).toBeLessThan(x1!);
  });
});

describe("spaces in an Arabic line", () => {
  it("around a separator are neutral runs of their own, not the ends of an rtl run the renderer would move", () => {
    const runs = runsOf("خسارة الأراضي · بؤر التجنيد", fonts);
    for (const r of runs.filter((x) => x.kind === "R")) expect(r.text).toBe(r.text.trim());
    expect(runs.map((r) => r.text).join("")).toBe("خسارة الأراضي · بؤر التجنيد");
  });
});
