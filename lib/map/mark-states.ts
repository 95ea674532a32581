import type { FeatureCollection, Point } from "geojson";
import { formatShare } from "../view/figures";
import type { Mark } from "../view/marks";
import type { UiLang, ViewLayer } from "../view/view-state";
import { LABELS_AT_ANY_ZOOM, POINTS_AT_ANY_ZOOM, STATE, unreviewedKey } from "./claim-layers";

/**
 * Turns the view's marks into what the map sets: feature state per base feature (keyed
 * "source/id") and the point and label features of the claim sources. Pure, so the join
 * (sums, maxima, shares, selection) is tested without a map.
 */
export type FeatureStates = Map<string, Record<string, number | string | boolean>>;

export type ActorStyle = { nameEn: string; nameAr: string; color: string };

export type PointProps = { markId: string; layer: ViewLayer; value: number; color: string; label: string; unreviewed?: true; top?: true };

export type MapMarks = {
  states: FeatureStates;
  points: FeatureCollection<Point, PointProps>;
  labels: FeatureCollection<Point, PointProps>;
};

export const stateKey = (source: string, id: string) => `${source}/${id}`;

/** The feature a state key names, as MapLibre's setFeatureState takes it. */
export function stateTarget(key: string): { source: string; id: string } {
  const i = key.indexOf("/");
  return { source: key.slice(0, i), id: key.slice(i + 1) };
}

const NEUTRAL = "#555555";

/** "ISIS → al-Qaeda"; in Arabic the arrow points left, the way the line is read. */
export function shiftLabel(m: Mark, actors: ReadonlyMap<string, ActorStyle>, lang: UiLang): string {
  const name = (id: string | null) => {
    const a = id ? actors.get(id) : undefined;
    return a ? (lang === "ar" ? a.nameAr : a.nameEn) : "?";
  };
  return lang === "ar" ? `${name(m.fromActor)} ← ${name(m.toActor)}` : `${name(m.fromActor)} → ${name(m.toActor)}`;
}

/** A joint figure's one label, between its places: "more than 60% · Syria and Iraq together". */
export function jointLabel(m: Mark, lang: UiLang): string {
  const share = m.figure ? formatShare(m.figure, lang) : "";
  return lang === "ar" ? `${share} · ${m.nameAr} معًا` : `${share} · ${m.nameEn} together`;
}

/**
 * `shade: "sources"` (issue 16 §1): recruitment and activity areas and town points are scaled by
 * the number of independent outlets reporting them instead of the number of events; a stated
 * share of loss is a figure, not a count, and keeps its own scale.
 */
export function mapMarks(
  marks: readonly Mark[],
  visible: readonly ViewLayer[],
  actors: ReadonlyMap<string, ActorStyle>,
  selection: string | null,
  lang: UiLang,
  shade: "sources" | null = null,
): MapMarks {
  const measure = (m: Mark) => (shade === "sources" && m.layer !== "territorial-loss" ? (m.sources ?? 1) : m.value);
  const shown = marks.filter((m) => visible.includes(m.layer)).map((m) => (measure(m) === m.value ? m : { ...m, value: measure(m) }));
  const states: FeatureStates = new Map();
  const set = (source: string, id: string, patch: (s: Record<string, number | string | boolean>) => void) => {
    const key = stateKey(source, id);
    const s = states.get(key) ?? {};
    patch(s);
    states.set(key, s);
  };
  const maxOf = (layer: ViewLayer) => Math.max(1, ...shown.filter((m) => m.layer === layer).map((m) => m.value));
  const maxRecruit = maxOf("recruitment-hotspots");
  const maxActivity = maxOf("activity");
  const points: Placed[] = [];
  const labels: Placed[] = [];

  // Joint figures last: a place's own stated share colours it ahead of a share it only shares.
  for (const m of [...shown.filter((x) => !x.jointOf), ...shown.filter((x) => x.jointOf)]) {
    const color = (m.actor && actors.get(m.actor)?.color) || NEUTRAL;
    const isSelected = m.id === selection;
    for (const t of m.targets) {
      set(t.source, t.id, (s) => {
        if (m.layer === "territorial-loss" && !m.jointOf) {
          s[STATE.loss] = Math.max(Number(s[STATE.loss] ?? 0), m.value);
          // Only a share stated for this place alone is its own; a loss with no share is not 0%.
          if (m.figure) s[STATE.lossOwn] = true;
        }
        if (m.layer === "territorial-loss" && m.jointOf) {
          // One figure for the group: each place is drawn as part of it (paler, outlined), never
          // as if the figure were its own, unless it has a figure of its own.
          if (!s[STATE.lossOwn]) s[STATE.loss] = Math.max(Number(s[STATE.loss] ?? 0), m.value);
          s[STATE.lossJoint] = true;
        }
        if (m.layer === "recruitment-hotspots") {
          s[STATE.recruit] = Number(s[STATE.recruit] ?? 0) + m.value;
          s[STATE.recruitShare] = Math.min(1, Number(s[STATE.recruit]) / maxRecruit);
        }
        if (m.layer === "allegiance-shifts") s[STATE.shiftColor] = color;
        if (m.layer === "activity") s[STATE.activityShare] = m.value / maxActivity;
        if (isSelected) s[STATE.selected] = true;
        if (m.unreviewed) s[unreviewedKey(m.layer)] = true;
      });
    }
    const named = m.layer === "allegiance-shifts" ? shiftLabel(m, actors, lang) : m.jointOf ? jointLabel(m, lang) : "";
    // An editor's "show unreviewed": a mark from proposed claims only says so on the map.
    const label = m.unreviewed ? [named, lang === "ar" ? "غير مراجَع" : "unreviewed"].filter(Boolean).join(" · ") : named;
    const props: PointProps = { markId: m.id, layer: m.layer, value: m.value, color, label, ...(m.unreviewed ? { unreviewed: true as const } : {}) };
    // The selected mark (a link, a keyboard step) is drawn at any zoom, however small.
    if (m.targets.length === 0) points.push({ props, at: m.point, rank: isSelected ? Number.POSITIVE_INFINITY : m.claims, value: m.value });
    if (m.layer === "allegiance-shifts" || m.jointOf || m.unreviewed) labels.push({ props, at: m.point, rank: m.value, value: m.value });
  }
  const fc = (items: Placed[]): FeatureCollection<Point, PointProps> => ({
    type: "FeatureCollection",
    features: items.map(({ props, at }) => ({ type: "Feature", geometry: { type: "Point", coordinates: at }, properties: props })),
  });
  return { states, points: fc(markTop(points, POINTS_AT_ANY_ZOOM)), labels: fc(markTop(labels, LABELS_AT_ANY_ZOOM)) };
}

/** A point or label feature before it is placed, with what ranks it among its layer's. */
type Placed = { props: PointProps; at: [number, number]; rank: number; value: number };

/**
 * Marks each layer's `limit` first items as `top`: drawn from the first zoom, the rest from a
 * closer one (claim-layers pointLayers, labelLayers). Points rank by the claims behind them (the
 * most reported places), labels by their figure; then by value, then id, so the choice is stable.
 */
function markTop(items: Placed[], limit: number): Placed[] {
  // Ids by code unit, not localeCompare: at 200k claims most of 14,000 points tie on claims and
  // value, and collation made this sort most of mapMarks's time (on the server's render too).
  const byId = (a: Placed, b: Placed) => (a.props.markId < b.props.markId ? -1 : a.props.markId > b.props.markId ? 1 : 0);
  const ranked = [...items].sort((a, b) => b.rank - a.rank || b.value - a.value || byId(a, b));
  const seen = new Map<ViewLayer, number>();
  const top = new Set<Placed>();
  for (const l of ranked) {
    const n = seen.get(l.props.layer) ?? 0;
    if (n < limit) top.add(l);
    seen.set(l.props.layer, n + 1);
  }
  return items.map((l) => (top.has(l) ? { ...l, props: { ...l.props, top: true as const } } : l));
}

/**
 * The claim part of a map view in a form that crosses the server/client boundary and goes into
 * HTML as JSON: feature states as entries rather than a Map. Pages that draw a view without the
 * dashboard's machinery (the bench's minimal pages) start from this.
 */
export type PlainMarks = { states: [string, Record<string, number | string | boolean>][]; points: MapMarks["points"]; labels: MapMarks["labels"] };

export function plainMarks(model: { marks: readonly Mark[]; actors: readonly (ActorStyle & { id: string })[] }, visible: readonly ViewLayer[], lang: UiLang): PlainMarks {
  const m = mapMarks(model.marks, visible, new Map(model.actors.map((a) => [a.id, a])), null, lang);
  return { states: [...m.states], points: m.points, labels: m.labels };
}
