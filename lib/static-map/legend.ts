import type { LayerSpecification } from "maplibre-gl";
import { messages } from "../i18n/messages";
import { LAYER_LABEL } from "../i18n/labels";
import { claimLayers, LAYER_ORDER, STATE } from "../map/claim-layers";
import { STATE_FORCES_COLOR } from "../map/control-layer";
import type { UiLang, ViewLayer } from "../view/view-state";
import { num, paint, svgColor } from "./paint";
import type { LoadedFont } from "./fonts";
import { fitLine, lineWidth, textLine } from "./text-runs";
import { el } from "./xml";

/**
 * The legend: each visible layer with swatches whose colours come from evaluating that layer's
 * own paint at sample states (a loss of 0, 50 and 100 %, one recruitment claim, …), so the key
 * cannot drift from what the map draws.
 */
type Paint = { color: string; opacity: number };
export type Swatch =
  | { shape: "area"; fill: Paint }
  | { shape: "line"; stroke: Paint; width: number; dashed?: boolean }
  | { shape: "circle"; fill: Paint; stroke: Paint | null; strokeWidth: number; r: number };
export type LegendEntry = { label: string; swatch: Swatch };
export type LegendSection = { layer: ViewLayer; title: string; entries: LegendEntry[] };
export type ShiftKey = { label: string; color: string };

const ZOOM = 4;

function spec(view: ViewLayer, id: string): LayerSpecification {
  const l = claimLayers(view).find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
}

function area(view: ViewLayer, id: string, state: Record<string, unknown>, label: string): LegendEntry | null {
  const l = spec(view, id);
  const input = { properties: {}, state, geometryType: "Polygon" as const };
  const c = svgColor(paint(l, "fill-color", ZOOM, input));
  if (!c) return null;
  return { label, swatch: { shape: "area", fill: { color: c.color, opacity: c.opacity * num(paint(l, "fill-opacity", ZOOM, input), 1) } } };
}

function circle(view: ViewLayer, props: Record<string, unknown>, label: string): LegendEntry | null {
  const l = spec(view, `${view}-points`);
  const input = { properties: props, state: {}, geometryType: "Point" as const };
  const c = svgColor(paint(l, "circle-color", ZOOM, input));
  if (!c) return null;
  return {
    label,
    swatch: {
      shape: "circle",
      fill: { color: c.color, opacity: c.opacity * num(paint(l, "circle-opacity", ZOOM, input), 1) },
      stroke: svgColor(paint(l, "circle-stroke-color", ZOOM, input)),
      strokeWidth: num(paint(l, "circle-stroke-width", ZOOM, input)),
      r: Math.min(7, num(paint(l, "circle-radius", ZOOM, input), 5)),
    },
  };
}

/** An outline swatch from a line layer's own paint: its colour, width and whether it is dashed. */
function line(view: ViewLayer, id: string, state: Record<string, unknown>, label: string): LegendEntry | null {
  const l = spec(view, id);
  const input = { properties: {}, state, geometryType: "Polygon" as const };
  const c = svgColor(paint(l, "line-color", ZOOM, input));
  const dash = paint(l, "line-dasharray", ZOOM, input);
  return c ? { label, swatch: { shape: "line", stroke: c, width: num(paint(l, "line-width", ZOOM, input), 2), dashed: Array.isArray(dash) && dash.length > 0 } } : null;
}

/** Words of the dashboard's own legend (components/dashboard/Legend.tsx), so both keys say the same. */
const KEY = {
  en: {
    lossTitle: "share stated as lost",
    joint: "one figure for the outlined places together",
    lostPlace: "a place named as lost",
    recruitPoint: "a place (size = claims)",
    recruitRegion: "a province or region (solid line)",
    recruitCountry: "a whole country (dashed line)",
    shiftsTitle: "line colour: the group people moved to",
    heldByState: "held by government forces (a group lost it)",
    heldByGroup: "held by a group (its colour)",
  },
  ar: {
    lossTitle: "النسبة المذكورة للأراضي المفقودة",
    joint: "رقم واحد للأماكن المحاطة معًا",
    lostPlace: "مكان مذكور أنه فُقد",
    recruitPoint: "مكان محدد (الحجم = عدد الادعاءات)",
    recruitRegion: "محافظة أو منطقة (خط متصل)",
    recruitCountry: "دولة بأكملها (خط متقطع)",
    shiftsTitle: "لون الخط: الجماعة التي انتقل إليها المبايعون",
    heldByState: "بيد القوات الحكومية (خسرتها جماعة)",
    heldByGroup: "بيد جماعة (بلونها)",
  },
} as const;

function outline(color: string, label: string): LegendEntry | null {
  const l = spec("allegiance-shifts", "allegiance-shifts-countries");
  const input = { properties: {}, state: { [STATE.shiftColor]: color }, geometryType: "Polygon" as const };
  const c = svgColor(paint(l, "line-color", ZOOM, input));
  return c ? { label, swatch: { shape: "line", stroke: c, width: num(paint(l, "line-width", ZOOM, input), 2) } } : null;
}

export function legendSections(visible: readonly ViewLayer[], lang: UiLang, shifts: readonly ShiftKey[]): LegendSection[] {
  const t = messages(lang);
  const k = KEY[lang];
  const entries: Record<ViewLayer, () => (LegendEntry | null)[]> = {
    activity: () => [area("activity", "activity-countries", { [STATE.activityShare]: 0.1 }, t.fewer), area("activity", "activity-countries", { [STATE.activityShare]: 1 }, t.more)],
    "territorial-loss": () => [
      ...[0, 50, 100].map((v) => area("territorial-loss", "territorial-loss-countries", { [STATE.loss]: v }, `${v}%`)),
      line("territorial-loss", "territorial-loss-countries-joint-outline", { [STATE.lossJoint]: true }, k.joint),
      circle("territorial-loss", { value: 0 }, k.lostPlace),
    ],
    // Recruitment is outlines (see claim-layers.ts): line swatches, dashed for a whole country.
    "recruitment-hotspots": () => [
      circle("recruitment-hotspots", { value: 1 }, k.recruitPoint),
      line("recruitment-hotspots", "recruitment-hotspots-admin1", { [STATE.recruit]: 1, [STATE.recruitShare]: 0.5 }, k.recruitRegion),
      line("recruitment-hotspots", "recruitment-hotspots-countries", { [STATE.recruit]: 1, [STATE.recruitShare]: 0.5 }, k.recruitCountry),
    ],
    "allegiance-shifts": () => shifts.map((s) => outline(s.color, s.label)),
    "control-changes": () => [
      circle("control-changes", { color: STATE_FORCES_COLOR, value: 1 }, k.heldByState),
      circle("control-changes", { color: "#ffffff", value: 1 }, k.heldByGroup),
    ],
  };
  return LAYER_ORDER.filter((l) => visible.includes(l)).map((layer) => ({
    layer,
    title:
      layer === "territorial-loss"
        ? `${LAYER_LABEL[lang][layer]} (${k.lossTitle})`
        : layer === "allegiance-shifts"
          ? `${LAYER_LABEL[lang][layer]} (${k.shiftsTitle})`
          : LAYER_LABEL[lang][layer],
    entries: entries[layer]().filter((e): e is LegendEntry => e !== null),
  }));
}

function swatchSvg(s: Swatch, x: number, y: number, size: number): string {
  const w = size * 1.4;
  if (s.shape === "area")
    return el("rect", { x, y: y - size * 0.8, width: w, height: size, fill: s.fill.color, "fill-opacity": s.fill.opacity, stroke: "#9d8f7f", "stroke-width": 0.5 });
  if (s.shape === "line") {
    const sw = Math.min(3, s.width);
    return el("rect", {
      x: x + 1,
      y: y - size * 0.8 + 1,
      width: w - 2,
      height: size - 2,
      fill: "none",
      stroke: s.stroke.color,
      "stroke-width": sw,
      "stroke-dasharray": s.dashed ? `${Math.round(sw * 3 * 10) / 10} ${Math.round(sw * 1.5 * 10) / 10}` : undefined,
    });
  }
  const r = Math.min(s.r, size / 2);
  return el("circle", {
    cx: x + w / 2,
    cy: y - size * 0.3,
    r,
    fill: s.fill.color,
    "fill-opacity": s.fill.opacity,
    stroke: s.stroke?.color,
    "stroke-width": s.stroke ? Math.min(2.5, s.strokeWidth) : undefined,
  });
}

type LegendOpts = { maxWidth: number; size: number; fonts: readonly LoadedFont[] };
type Row = { title: boolean; items: { text: string; swatch?: Swatch }[] };

/** Rows, width and height of the legend box, before it is placed: the map reserves room for it. */
export function legendLayout(sections: readonly LegendSection[], opts: LegendOpts): { rows: Row[]; width: number; height: number } {
  const { size, fonts } = opts;
  const textWidth = (text: string, fs: number) => lineWidth(text, fs, fonts);
  const lineH = size * 1.6;
  const pad = size * 0.8;
  const rows: Row[] = [];
  const avail = opts.maxWidth - 2 * pad;
  for (const s of sections) {
    rows.push({ title: true, items: [{ text: fitLine(s.title, avail, size * 1.05, fonts) }] });
    let row: Row = { title: false, items: [] };
    let used = 0;
    for (const e of s.entries) {
      const w = size * 1.4 + size * 0.4 + textWidth(e.label, size) + size;
      if (row.items.length && used + w > avail) {
        rows.push(row);
        row = { title: false, items: [] };
        used = 0;
      }
      row.items.push({ text: e.label, swatch: e.swatch });
      used += w;
    }
    if (row.items.length) rows.push(row);
  }
  if (!rows.length) return { rows, width: 0, height: 0 };
  const width = Math.min(
    opts.maxWidth,
    Math.max(...rows.map((r) => r.items.reduce((a, i) => a + (i.swatch ? size * 1.8 : 0) + textWidth(i.text, r.title ? size * 1.05 : size) + (i.swatch ? size : 0), 0))) + 2 * pad,
  );
  return { rows, width, height: rows.length * lineH + pad };
}

/**
 * The legend as an SVG group at a corner: bottom-left, or bottom-right in Arabic, where the
 * reading starts. Entries of a section sit on one line and wrap when they run out of width.
 */
export function legendSvg(sections: readonly LegendSection[], opts: LegendOpts & { x: number; bottom: number; rtl: boolean }): string {
  const { size, rtl, fonts } = opts;
  const textWidth = (text: string, fs: number) => lineWidth(text, fs, fonts);
  const lineH = size * 1.6;
  const pad = size * 0.8;
  const { rows, width, height } = legendLayout(sections, opts);
  if (!rows.length) return el("g", { id: "legend" }, "");
  const left = rtl ? opts.x - width : opts.x;
  const top = opts.bottom - height;
  const parts = [el("rect", { x: left, y: top, width, height, fill: "#ffffff", "fill-opacity": 0.9, stroke: "#cfcac1", rx: 3 })];
  rows.forEach((r, i) => {
    const y = top + pad / 2 + lineH * (i + 0.75);
    // Arabic runs from the right edge leftwards: the cursor moves the other way.
    let cursor = rtl ? left + width - pad : left + pad;
    const dir = rtl ? -1 : 1;
    for (const item of r.items) {
      if (item.swatch) {
        const w = size * 1.4;
        parts.push(swatchSvg(item.swatch, rtl ? cursor - w : cursor, y, size));
        cursor += dir * (w + size * 0.4);
      }
      const fs = r.title ? size * 1.05 : size;
      parts.push(textLine(item.text, cursor, y, rtl ? "right" : "left", rtl, { size: fs, fill: "#2b2520", weight: r.title ? "bold" : undefined }, fonts));
      cursor += dir * (textWidth(item.text, fs) + size);
    }
  });
  return el("g", { id: "legend" }, parts.join(""));
}
