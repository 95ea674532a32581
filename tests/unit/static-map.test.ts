import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { HOME_BOUNDS } from "@/lib/map/base-style";
import { boundsTarget, cameraProjection, fittedProjection, scaleForZoom, zoomOf } from "@/lib/static-map/camera";
import { loadFonts } from "@/lib/static-map/fonts";
import { staticMapInput } from "@/lib/static-map/load";
import { MAX_PIXELS, parseStaticMapQuery } from "@/lib/static-map/params";
import { renderStaticSvg } from "@/lib/static-map/render-svg";
import { runsOf, textLine } from "@/lib/static-map/text-runs";
import { escapeXml } from "@/lib/static-map/xml";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view/view-state";

const SIZE = { width: 1200, height: 800 };

/** Parses strictly: any XML error fails the test. */
function parseSvg(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  return doc;
}

const ids = (doc: ReturnType<typeof parseSvg>) => Array.from(doc.getElementsByTagName("g")).map((g) => g.getAttribute("id"));

describe("static map camera", () => {
  it("uses MapLibre's Web Mercator: 512·2^z px around the world, the centre in the middle", () => {
    const p = cameraProjection([44, 33], 5, SIZE);
    expect(p.scale() * 2 * Math.PI).toBeCloseTo(512 * 32, 6);
    const [x, y] = p([44, 33])!;
    expect(x).toBeCloseTo(600, 6);
    expect(y).toBeCloseTo(400, 6);
    expect(zoomOf(p)).toBeCloseTo(5, 9);
    expect(scaleForZoom(0)).toBeCloseTo(512 / (2 * Math.PI), 9);
  });

  it("fits the home bounds inside the space the title and credits leave", () => {
    const inset = { top: 80, right: 10, bottom: 60, left: 10 };
    const p = fittedProjection(boundsTarget(HOME_BOUNDS), SIZE, inset);
    const [[w, s], [e, n]] = HOME_BOUNDS;
    for (const corner of [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ] as [number, number][]) {
      const [x, y] = p(corner)!;
      expect(x).toBeGreaterThanOrEqual(inset.left - 0.01);
      expect(x).toBeLessThanOrEqual(SIZE.width - inset.right + 0.01);
      expect(y).toBeGreaterThanOrEqual(inset.top - 0.01);
      expect(y).toBeLessThanOrEqual(SIZE.height - inset.bottom + 0.01);
    }
  });
});

describe("static map parameters", () => {
  const parse = (q: string) => parseStaticMapQuery(`http://x/api/static-map.png?${q}`);
  const bad = (q: string) => expect(() => parse(q)).toThrow(ApiError);

  it("takes the dashboard's view parameters and a bounded size", () => {
    const q = parse("width=800&height=600&scale=2&country=irq&layers=activity&lang=ar");
    expect(q).toMatchObject({ width: 800, height: 600, scale: 2 });
    expect(q.view.countries).toEqual(["IRQ"]);
    expect(q.view.layers).toEqual(["activity"]);
    expect(parse("").width).toBe(1200);
  });

  it("refuses sizes out of bounds, too many pixels, repeats and unknown parameters", () => {
    for (const q of ["width=63", "width=4097", "height=100000", "width=1e3", "scale=0.5", "scale=5", "width=abc", "width=800&width=900", "size=3", "country=FRA"]) bad(q);
    bad("width=4096&height=4096&scale=2");
    expect(4096 * 4096).toBe(MAX_PIXELS);
    expect(parse("width=4096&height=4096&scale=1").width).toBe(4096);
  });
});

describe("static map SVG", () => {
  it("is well-formed and has a group for every layer of the view, with title, legend and credits", async () => {
    const view: ViewState = { ...DEFAULT_VIEW, layers: ["activity", "territorial-loss", "recruitment-hotspots", "allegiance-shifts"] };
    const doc = parseSvg(renderStaticSvg(await staticMapInput(view, SIZE)));
    const groups = ids(doc);
    for (const id of [
      "layer-background",
      "layer-world-fill",
      "layer-countries-line",
      "layer-activity-countries",
      "layer-territorial-loss-countries",
      "layer-recruitment-hotspots-points",
      "layer-allegiance-shifts-labels",
      "title",
      "legend",
      "credits",
    ]) {
      expect(groups).toContain(id);
    }
    expect(doc.documentElement?.getAttribute("width")).toBe("1200");
    // The claim layers draw something: territorial loss fills at least one country.
    const loss = Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("id") === "layer-territorial-loss-countries");
    expect(loss?.getElementsByTagName("path").length).toBeGreaterThan(0);
  });

  it("escapes hostile names and titles, and drops characters XML cannot hold", async () => {
    const hostile = `</text><script>alert("x")</script> & 'q' \u0001\u0008 الرقة`;
    const input = await staticMapInput(DEFAULT_VIEW, SIZE);
    const svg = renderStaticSvg({
      ...input,
      sources: [{ title: hostile, claims: 3 }],
      names: { ...input.names, actors: new Map([["isis", { nameEn: hostile, nameAr: hostile }]]) },
      view: { ...DEFAULT_VIEW, actors: ["isis"] },
    });
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName("script").length).toBe(0);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toMatch(/[\u0001\u0008]/);
    const text = Array.from(doc.getElementsByTagName("text"))
      .map((t) => t.textContent)
      .join("");
    expect(text).toContain("alert");
    expect(escapeXml(`a<b>&"'`)).toBe("a&lt;b&gt;&amp;&quot;&apos;");
  });

  it("writes Arabic views right to left: runs marked rtl, the heading on the right", async () => {
    const svg = renderStaticSvg(await staticMapInput({ ...DEFAULT_VIEW, lang: "ar" }, SIZE));
    const doc = parseSvg(svg);
    expect(doc.documentElement?.getAttribute("lang")).toBe("ar");
    const title = Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("id") === "title")!;
    const runs = Array.from(title.getElementsByTagName("text"));
    expect(runs.some((t) => t.getAttribute("direction") === "rtl")).toBe(true);
    expect(Math.max(...runs.map((t) => Number(t.getAttribute("x"))))).toBeGreaterThan(SIZE.width * 0.8);
  });

  it("leaves title and legend off thumbnails", async () => {
    const groups = ids(parseSvg(renderStaticSvg(await staticMapInput(DEFAULT_VIEW, { width: 160, height: 120 }))));
    expect(groups).not.toContain("legend");
    expect(groups).toContain("layer-territorial-loss-countries");
  });
});

describe("text runs", () => {
  const fonts = loadFonts();

  it("gives each script a font that has its letters, from the app's own Noto files renamed apart", () => {
    const runs = runsOf("Raqqa الرقة 60%", fonts);
    expect(runs.map((r) => [r.text, r.font.family])).toEqual([
      ["Raqqa ", "Atlas Noto Latin"],
      ["الرقة", "Atlas Noto Arabic"],
      // The space after Arabic is a neutral run of its own (see the Arabic spacing test).
      [" ", "Atlas Noto Arabic"],
      ["60%", "Atlas Noto Latin"],
    ]);
  });

  it("lays out a right-to-left line from the right, numbers after the words before them, brackets mirrored", () => {
    const svg = textLine("خسارة (60%)", 500, 20, "middle", true, { size: 10, fill: "#000" }, fonts);
    const texts = [...svg.matchAll(/x="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => [Number(m[1]), m[2]] as const).sort((a, b) => a[0] - b[0]);
    expect(texts.map((t) => t[1]).join("|")).toBe("(|60%|)| |خسارة");
  });
});

describe("lines of isolates", () => {
  const fonts = loadFonts();
  const order = (svg: string) =>
    [...svg.matchAll(/x="([\d.]+)"[^>]*>([^<]*)</g)]
      .map((m) => [Number(m[1]), m[2]] as const)
      .sort((a, b) => a[0] - b[0])
      .map((t) => t[1])
      .join("|");

  it("keeps a count after an Arabic title in an English line", () => {
    expect(order(textLine(["Sources: ", "الإرهاب", " (9)"], 0, 10, "left", false, { size: 10, fill: "#000" }, fonts))).toBe("Sources|: |الإرهاب| (|9|)");
  });

  it("puts it at the left end of an Arabic line, brackets mirrored and spaces on the inside edge", () => {
    expect(order(textLine(["المصادر: ", "الإرهاب", " (9)"], 500, 10, "right", true, { size: 10, fill: "#000" }, fonts))).toBe("(|9|) |الإرهاب| :|المصادر");
  });
});
