import { Color, expression, featureFilter, type FilterSpecification, Formatted, latest, type StylePropertyExpression } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";

/**
 * Evaluates the dashboard's own MapLibre paint and layout properties for one feature, with the
 * style spec's expression engine. The static map has no colours of its own: whatever the
 * dashboard's layers say (ramps, opacities, widths, feature-state cases) is what gets drawn.
 */
export type FeatureInput = { properties: Record<string, unknown>; state: Record<string, unknown>; geometryType: "Point" | "Polygon" };

type Spec = Parameters<typeof expression.normalizePropertyExpression>[2];
const SPECS = latest as unknown as Record<string, Record<string, Spec>>;

const compiled = new WeakMap<object, Map<string, StylePropertyExpression>>();

function compile(layer: LayerSpecification, group: "paint" | "layout", key: string): StylePropertyExpression | undefined {
  const props = (layer as unknown as Record<string, Record<string, unknown> | undefined>)[group];
  const value = props?.[key];
  const spec = SPECS[`${group}_${layer.type}`]?.[key];
  if (!spec) return undefined;
  let cache = compiled.get(layer);
  if (!cache) compiled.set(layer, (cache = new Map()));
  const id = `${group}/${key}`;
  if (!cache.has(id)) cache.set(id, expression.normalizePropertyExpression((value ?? spec.default) as never, group, spec));
  return cache.get(id);
}

function evaluate(layer: LayerSpecification, group: "paint" | "layout", key: string, zoom: number, f?: FeatureInput): unknown {
  const e = compile(layer, group, key);
  if (!e) return undefined;
  const feature = { type: f?.geometryType ?? "Point", properties: f?.properties ?? {} } as const;
  return e.evaluate({ zoom }, feature, f?.state ?? {});
}

export const paint = (layer: LayerSpecification, key: string, zoom: number, f?: FeatureInput) => evaluate(layer, "paint", key, zoom, f);
export const layout = (layer: LayerSpecification, key: string, zoom: number, f?: FeatureInput) => evaluate(layer, "layout", key, zoom, f);

export const num = (v: unknown, fallback = 0): number => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/** An SVG colour and its opacity (SVG 1.1 renderers do not all read rgba()); null when invisible. */
export function svgColor(v: unknown): { color: string; opacity: number } | null {
  const c = v instanceof Color ? v : typeof v === "string" ? Color.parse(v) : undefined;
  if (!c || c.a <= 0) return null;
  const [r, g, b, a] = c.rgb;
  const hex = [r, g, b]
    .map((x) =>
      Math.round(Math.max(0, Math.min(1, x)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");
  return { color: `#${hex}`, opacity: Math.round(a * 1000) / 1000 };
}

/** Text of a text-field value, as lines with their size factor (a `format` keeps its font-scale). */
export function textLines(v: unknown): { text: string; scale: number }[] {
  const sections = v instanceof Formatted ? v.sections.map((s) => ({ text: s.text, scale: s.scale ?? 1 })) : typeof v === "string" ? [{ text: v, scale: 1 }] : [];
  const lines: { text: string; scale: number }[] = [{ text: "", scale: 1 }];
  for (const s of sections) {
    s.text.split("\n").forEach((part, i) => {
      if (i > 0) lines.push({ text: "", scale: s.scale });
      const line = lines[lines.length - 1]!;
      if (part) {
        if (!line.text) line.scale = s.scale;
        line.text += part;
      }
    });
  }
  return lines.filter((l) => l.text.trim() !== "");
}

const filters = new WeakMap<object, (f: FeatureInput, zoom: number) => boolean>();

/** Whether a layer's filter keeps a feature (no filter keeps everything). */
export function passes(layer: LayerSpecification, f: FeatureInput, zoom: number): boolean {
  const filter = (layer as { filter?: FilterSpecification }).filter;
  if (!filter) return true;
  let test = filters.get(layer);
  if (!test) {
    const compiledFilter = featureFilter(filter, "filter");
    test = (feat, z) => compiledFilter.filter({ zoom: z }, { type: feat.geometryType, properties: feat.properties } as never);
    filters.set(layer, test);
  }
  return test(f, zoom);
}

/** Whether a layer is drawn at this zoom (MapLibre: minzoom inclusive, maxzoom exclusive). */
export function inZoom(layer: LayerSpecification, zoom: number): boolean {
  return zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 24);
}
