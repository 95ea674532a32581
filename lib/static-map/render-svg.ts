import { geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { messages } from "../i18n/messages";
import { ATTRIBUTION, HOME_BOUNDS } from "../map/base-style";
import { CLAIM_SOURCE, STATE } from "../map/claim-layers";
import { type ActorStyle, mapMarks, stateKey } from "../map/mark-states";
import type { ClaimCounts } from "../view/claim-counts";
import type { Mark } from "../view/marks";
import { filtersOf, type ViewState } from "../view/view-state";
import { asOfText } from "../time/as-of-label";
import { boundsTarget, type Inset, projectionFor, type Size, zoomOf } from "./camera";
import { type DrawContext, drawLayer, type SourceFeature } from "./draw-layer";
import type { LoadedFont } from "./fonts";
import type { BaseLayers } from "./geo";
import { layerStack } from "./layer-stack";
import { legendLayout, legendSections, legendSvg, type ShiftKey } from "./legend";
import { fitLine, fitParts, textLine } from "./text-runs";
import { filterSummary, mapHeading, type Names } from "./title";
import { el, escapeXml } from "./xml";

/**
 * The static map as an SVG string: compute first (camera, marks, feature states, legend), then
 * draw every layer of the dashboard's own style, then the title, legend and credits. Pure: all
 * inputs are passed in, so tests render it without a server or fonts on disk beyond the package.
 */
export type StaticMapInput = {
  view: ViewState;
  size: Size;
  marks: readonly Mark[];
  actors: ReadonlyMap<string, ActorStyle>;
  names: Names;
  /** Articles behind the view's claims, with how many of them each gives. */
  sources: readonly { title: string; claims: number }[];
  /** The view's counts as the dashboard table states them (lib/view/claim-counts), not the claims drawn. */
  counts: ClaimCounts;
  base: BaseLayers;
  fonts: readonly LoadedFont[];
};

/** Plain-text credits from the dashboard's own attribution (which is HTML with links). */
export const ATTRIBUTION_TEXT = ATTRIBUTION.replace(/<[^>]*>/g, "").replace(/&amp;/g, "&");

function features(fc: BaseLayers[keyof BaseLayers], idKey?: string): SourceFeature[] {
  return fc.features.map((f: Feature<Geometry, Record<string, unknown>>) => ({ id: idKey ? String(f.properties[idKey]) : null, geometry: f.geometry, properties: f.properties }));
}

/** Chrome (title, legend, credits) shrinks with the image and disappears on thumbnails. */
function chrome(size: Size) {
  const u = Math.max(0.7, Math.min(2.5, Math.min(size.width / 1200, size.height / 800) * 1.15));
  const show = size.width >= 320 && size.height >= 220;
  return { show, title: 20 * u, text: 12 * u, pad: 12 * u };
}

export function renderStaticSvg(input: StaticMapInput): string {
  const { view, size, base, fonts } = input;
  const rtl = view.lang === "ar";
  const t = messages(view.lang);
  const c = chrome(input.size);
  const maxW = size.width - 2 * c.pad;
  const shifts: ShiftKey[] = [];
  for (const m of input.marks) {
    const a = m.layer === "allegiance-shifts" && m.actor ? input.actors.get(m.actor) : undefined;
    if (a && !shifts.some((s) => s.color === a.color)) shifts.push({ color: a.color, label: rtl ? a.nameAr : a.nameEn });
  }
  const legend = { sections: legendSections(view.layers, view.lang, shifts), maxWidth: Math.min(maxW, Math.max(260, size.width * 0.7)), size: c.text, fonts };
  // The legend gets a band of its own above the credits, and the map is fitted above it: drawn
  // over the map it hid claims (north-east Nigeria in the English image).
  const legendHeight = c.show ? legendLayout(legend.sections, legend).height : 0;
  const footer = c.pad * 2 + c.text * 2.8;
  const inset: Inset = c.show
    ? { top: c.pad * 2 + c.title * 2.4, right: c.pad, bottom: footer + (legendHeight ? legendHeight + c.pad / 2 : 0), left: c.pad }
    : { top: 4, right: 4, bottom: 4, left: 4 };
  const focus = base.countries.features.filter((f) => view.countries.includes(f.properties.iso3 as never));
  const home = focus.length ? { type: "FeatureCollection" as const, features: focus } : boundsTarget(HOME_BOUNDS);
  const projection = projectionFor(view, size, inset, home);
  const zoom = zoomOf(projection);

  const mm = mapMarks(input.marks, view.layers, input.actors, view.selection, view.lang, view.shade ?? null);
  const states = new Map<string, Record<string, unknown>>(mm.states);
  for (const f of mm.points.features) if (f.properties.markId === view.selection) states.set(stateKey(CLAIM_SOURCE.points, f.properties.markId), { [STATE.selected]: true });
  const sources: Record<string, SourceFeature[]> = {
    world: features(base.world),
    countries: features(base.countries, "iso3"),
    admin1: features(base.admin1, "iso"),
    labels: features(base.labels),
    [CLAIM_SOURCE.points]: mm.points.features.map((f) => ({ id: f.properties.markId, geometry: f.geometry, properties: f.properties })),
    [CLAIM_SOURCE.labels]: mm.labels.features.map((f) => ({ id: f.properties.markId, geometry: f.geometry, properties: f.properties })),
  };
  const ctx: DrawContext = { path: geoPath(projection).digits(1), projection, zoom, width: size.width, height: size.height, sources, states, placed: [], fonts, rtl };

  // MapLibre places the topmost symbol layer first (names before claim labels); draw in stack order.
  const layers = layerStack(view.lang, view.layers);
  const drawn = new Map<string, string>();
  for (const l of [...layers].reverse()) if (l.type === "symbol") drawn.set(l.id, drawLayer(l, ctx));
  const map = layers.map((l) => drawn.get(l.id) ?? drawLayer(l, ctx)).join("");

  const parts = [el("g", { id: "map" }, map)];
  const heading = mapHeading(view);
  if (c.show) {
    const x = rtl ? size.width - c.pad : c.pad;
    const align = rtl ? "right" : "left";
    const filters = filterSummary(view, input.names);
    // One count definition for table, CSV and image: "19 claims · 23 claim–place rows".
    const sub = [filters, t.countLine(input.counts.claims, input.counts.claimPlaceRows)].filter(Boolean).join(" · ");
    const halo = { color: "#ffffff", width: 2 };
    parts.push(
      el(
        "g",
        { id: "title" },
        textLine(fitLine(heading, maxW, c.title, fonts), x, c.pad + c.title, align, rtl, { size: c.title, fill: "#2b2520", halo }, fonts) +
          textLine(fitLine(sub, maxW, c.text, fonts), x, c.pad + c.title + c.text * 1.7, align, rtl, { size: c.text, fill: "#4a3f35", halo }, fonts),
      ),
    );
    const footerTop = size.height - c.pad - c.text * 2.6;
    parts.push(legendSvg(legend.sections, { ...legend, x: rtl ? size.width - c.pad : c.pad, bottom: footerTop - c.pad / 2, rtl }));
    // Each title and count is its own isolate: an Arabic title never swallows the count after it.
    const cited = input.sources.flatMap((s, i) => [...(i ? ["; "] : []), s.title, ` (${s.claims})`]);
    parts.push(
      el(
        "g",
        { id: "credits" },
        el("rect", { x: 0, y: footerTop - c.text * 0.4, width: size.width, height: size.height - footerTop + c.text * 0.4, fill: "#ffffff", "fill-opacity": 0.85 }) +
          textLine(
            fitParts([`${t.mapSources}: `, ...(cited.length ? cited : ["—"])], maxW, c.text, fonts),
            x,
            footerTop + c.text,
            align,
            rtl,
            { size: c.text, fill: "#2b2520" },
            fonts,
          ) +
          textLine(
            fitLine(`${ATTRIBUTION_TEXT} · ${t.appName}${view.at ? ` · ${asOfText(view.at, view.lang, filtersOf(view).windowMonths)}` : ""}`, maxW, c.text * 0.9, fonts),
            x,
            footerTop + c.text * 2.3,
            align,
            rtl,
            { size: c.text * 0.9, fill: "#4a3f35" },
            fonts,
          ),
      ),
    );
  }
  const root = {
    xmlns: "http://www.w3.org/2000/svg",
    width: size.width,
    height: size.height,
    viewBox: `0 0 ${size.width} ${size.height}`,
    lang: view.lang,
    direction: rtl ? "rtl" : undefined,
    role: "img",
    "aria-label": heading,
    "xml:space": "preserve",
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el("svg", root, `<title>${escapeXml(heading)}</title>${parts.join("")}`)}`;
}
