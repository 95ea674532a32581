import type { GeoPath, GeoProjection } from "d3-geo";
import type { Geometry } from "geojson";
import type { LayerSpecification } from "maplibre-gl";
import { type FeatureInput, inZoom, layout, num, paint, passes, svgColor, textLines } from "./paint";
import type { LoadedFont } from "./fonts";
import { lineWidth, textLine } from "./text-runs";
import { el, round } from "./xml";

/**
 * Draws one MapLibre layer spec as an SVG group: the same layer objects the dashboard hands to
 * MapLibre, read by a small interpreter for the five kinds the atlas uses (background, fill,
 * line, circle, symbol). Feature state comes from the same map the dashboard sets.
 */
export type SourceFeature = { id: string | null; geometry: Geometry; properties: Record<string, unknown> };

export type DrawContext = {
  path: GeoPath;
  projection: GeoProjection;
  zoom: number;
  width: number;
  height: number;
  sources: Readonly<Record<string, readonly SourceFeature[]>>;
  /** Feature state keyed "source/id", as mapMarks sets it. */
  states: ReadonlyMap<string, Record<string, unknown>>;
  /** Boxes of labels already placed, for MapLibre-like collision (names win: they go first). */
  placed: Box[];
  fonts: readonly LoadedFont[];
  rtl: boolean;
};

type Box = [number, number, number, number];

const EMPTY = {};

function inputOf(layer: LayerSpecification, f: SourceFeature, ctx: DrawContext): FeatureInput {
  const source = "source" in layer ? String(layer.source) : "";
  const state = f.id !== null ? (ctx.states.get(`${source}/${f.id}`) ?? EMPTY) : EMPTY;
  return { properties: f.properties, state, geometryType: f.geometry.type === "Point" ? "Point" : "Polygon" };
}

function features(layer: LayerSpecification, ctx: DrawContext): { f: SourceFeature; input: FeatureInput }[] {
  const source = "source" in layer ? String(layer.source) : "";
  return (ctx.sources[source] ?? []).map((f) => ({ f, input: inputOf(layer, f, ctx) })).filter(({ input }) => passes(layer, input, ctx.zoom));
}

function fill(layer: LayerSpecification, ctx: DrawContext): string[] {
  return features(layer, ctx).flatMap(({ f, input }) => {
    const c = svgColor(paint(layer, "fill-color", ctx.zoom, input));
    const opacity = (c?.opacity ?? 0) * num(paint(layer, "fill-opacity", ctx.zoom, input), 1);
    const d = c && opacity > 0 ? ctx.path(f.geometry) : null;
    return d ? [el("path", { d, fill: c!.color, "fill-opacity": opacity < 1 ? opacity : undefined, "fill-rule": "evenodd" })] : [];
  });
}

function line(layer: LayerSpecification, ctx: DrawContext): string[] {
  return features(layer, ctx).flatMap(({ f, input }) => {
    const c = svgColor(paint(layer, "line-color", ctx.zoom, input));
    const width = num(paint(layer, "line-width", ctx.zoom, input), 1);
    const opacity = (c?.opacity ?? 0) * num(paint(layer, "line-opacity", ctx.zoom, input), 1);
    const d = c && width > 0 && opacity > 0 ? ctx.path(f.geometry) : null;
    if (!d) return [];
    // MapLibre's dash lengths are in line widths; SVG's are in pixels.
    const dash = paint(layer, "line-dasharray", ctx.zoom, input);
    const dasharray = Array.isArray(dash) && dash.length ? dash.map((x) => round(num(x) * width)).join(" ") : undefined;
    return [
      el("path", {
        d,
        fill: "none",
        stroke: c!.color,
        "stroke-width": width,
        "stroke-opacity": opacity < 1 ? opacity : undefined,
        "stroke-dasharray": dasharray,
        "stroke-linejoin": "round",
      }),
    ];
  });
}

function projected(f: SourceFeature, ctx: DrawContext): [number, number] | null {
  if (f.geometry.type !== "Point") return null;
  const p = ctx.projection(f.geometry.coordinates as [number, number]);
  if (!p || p[0] < -20 || p[1] < -20 || p[0] > ctx.width + 20 || p[1] > ctx.height + 20) return null;
  return p;
}

function circle(layer: LayerSpecification, ctx: DrawContext): string[] {
  return features(layer, ctx).flatMap(({ f, input }) => {
    const p = projected(f, ctx);
    const c = svgColor(paint(layer, "circle-color", ctx.zoom, input));
    const r = num(paint(layer, "circle-radius", ctx.zoom, input), 5);
    if (!p || !c) return [];
    const stroke = svgColor(paint(layer, "circle-stroke-color", ctx.zoom, input));
    const sw = num(paint(layer, "circle-stroke-width", ctx.zoom, input), 0);
    const opacity = c.opacity * num(paint(layer, "circle-opacity", ctx.zoom, input), 1);
    return [
      el("circle", {
        cx: p[0],
        cy: p[1],
        r,
        fill: c.color,
        "fill-opacity": opacity < 1 ? opacity : undefined,
        stroke: stroke && sw > 0 ? stroke.color : undefined,
        "stroke-width": stroke && sw > 0 ? sw : undefined,
      }),
    ];
  });
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function symbol(layer: LayerSpecification, ctx: DrawContext): string[] {
  return features(layer, ctx).flatMap(({ f, input }) => {
    const p = projected(f, ctx);
    const lines = textLines(layout(layer, "text-field", ctx.zoom, input));
    if (!p || !lines.length) return [];
    const size = num(layout(layer, "text-size", ctx.zoom, input), 16);
    const lineHeight = size * num(layout(layer, "text-line-height", ctx.zoom, input), 1.2);
    // A label beside its point (text-radial-offset) goes below it: the first of MapLibre's anchors here.
    const offset = num(layout(layer, "text-radial-offset", ctx.zoom, input), 0) * size;
    const height = lineHeight * lines.length;
    const top = offset > 0 ? p[1] + offset : p[1] - height / 2;
    const width = Math.max(...lines.map((l) => lineWidth(l.text, size * l.scale, ctx.fonts)));
    const pad = num(layout(layer, "text-padding", ctx.zoom, input), 2);
    const box: Box = [p[0] - width / 2 - pad, top - pad, p[0] + width / 2 + pad, top + height + pad];
    if (!layout(layer, "text-allow-overlap", ctx.zoom, input) && ctx.placed.some((b) => overlaps(b, box))) return [];
    ctx.placed.push(box);
    const color = svgColor(paint(layer, "text-color", ctx.zoom, input));
    const halo = svgColor(paint(layer, "text-halo-color", ctx.zoom, input));
    const haloWidth = num(paint(layer, "text-halo-width", ctx.zoom, input), 0);
    const style = {
      fill: color?.color ?? "#000000",
      halo: halo && haloWidth > 0 ? { color: halo.color, width: haloWidth } : undefined,
    };
    // Baselines: each line's own size, 0.8 of it below the line's top.
    return lines.map((l, i) => textLine(l.text, p[0], top + lineHeight * i + size * l.scale * 0.8, "middle", ctx.rtl, { ...style, size: size * l.scale }, ctx.fonts));
  });
}

/** One layer as `<g>`; empty layers still leave their group, so a reader sees what was drawn. */
export function drawLayer(layer: LayerSpecification, ctx: DrawContext): string {
  let items: string[] = [];
  if (inZoom(layer, ctx.zoom)) {
    if (layer.type === "background") {
      const c = svgColor(paint(layer, "background-color", ctx.zoom));
      if (c) items = [el("rect", { width: ctx.width, height: ctx.height, fill: c.color })];
    } else if (layer.type === "fill") items = fill(layer, ctx);
    else if (layer.type === "line") items = line(layer, ctx);
    else if (layer.type === "circle") items = circle(layer, ctx);
    else if (layer.type === "symbol") items = symbol(layer, ctx);
  }
  return el("g", { id: `layer-${layer.id}`, "data-layer": layer.id }, items.join(""));
}
