import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import { CLAIM_SOURCE, STATE } from "./claim-layers";
import { type FeatureStates, type MapMarks, stateKey } from "./mark-states";

/**
 * Playback steps (issue 16: ≥ 1 step a second at 200k claims). Rebuilding the claim sources at
 * every step made MapLibre diff and clone the whole style and re-index ~10,000 points (~12 s a
 * step); filtering them by mark id still made the worker re-tile both sources at each step, and
 * each tile it sent back cost one more full redraw (~0.6 s each under software GL at 200k). So
 * the sources hold every mark of the view's whole range (the `frame`) and stay fixed while only
 * the month changes, and a step is feature state alone: the step's counts, the marks not yet
 * dated by the step switched off (`STEP_OFF`: drawn with no size), and the step's area states.
 * MapLibre applies feature state on the main thread and redraws once. Pure, so what a step
 * draws is tested without a map.
 */
export type StepMarks = {
  /** How many point features are drawn at this step (the map reports it for tests). */
  points: number;
  /** The frame's area states: what decides which base features each layer may draw, fixed for the view. */
  frameStates: FeatureStates;
};

/** The feature-state key of a claim point or label the step does not show (it keeps its place in the source). */
export const STEP_OFF = "stepOff";

/** The state of a feature a step switches off: one object, so that unchanged states compare equal by reference. */
const OFF: Readonly<Record<string, boolean>> = Object.freeze({ [STEP_OFF]: true });

/** What a step needs of its frame, computed once per frame rather than at every step: ids, state keys, counts. */
type FrameIndex = { points: { markId: string; key: string; value: number }[]; labels: { markId: string; key: string }[] };
const frameIndexes = new WeakMap<MapMarks, FrameIndex>();
function indexOf(frame: MapMarks): FrameIndex {
  let ix = frameIndexes.get(frame);
  if (!ix) {
    ix = {
      points: frame.points.features.map(({ properties: { markId, value } }) => ({ markId, key: stateKey(CLAIM_SOURCE.points, markId), value })),
      labels: frame.labels.features.map(({ properties: { markId } }) => ({ markId, key: stateKey(CLAIM_SOURCE.labels, markId) })),
    };
    frameIndexes.set(frame, ix);
  }
  return ix;
}

/**
 * The map marks of a step: the frame's point and label features (unchanged references, so no
 * `setData`), the step's area states, each point whose count differs from the frame's carrying
 * the step's count (`STATE.pointValue`), and each frame point or label the step lacks carrying
 * `STEP_OFF`. `frame` must come from a superset of `now`'s marks (the whole range holds every month's).
 */
export function stepMarks(frame: MapMarks, now: MapMarks): MapMarks & { step: StepMarks } {
  const ix = indexOf(frame);
  const states: FeatureStates = new Map(now.states);
  const nowValue = new Map<string, number>();
  for (const f of now.points.features) nowValue.set(f.properties.markId, f.properties.value);
  for (const { markId, key, value } of ix.points) {
    const v = nowValue.get(markId);
    if (v === undefined) states.set(key, OFF);
    else if (v !== value) states.set(key, { [STATE.pointValue]: v });
  }
  const nowLabels = new Set<string>();
  for (const f of now.labels.features) nowLabels.add(f.properties.markId);
  for (const { markId, key } of ix.labels) if (!nowLabels.has(markId)) states.set(key, OFF);
  return { states, points: frame.points, labels: frame.labels, step: { points: now.points.features.length, frameStates: frame.states } };
}

const off: ExpressionSpecification = ["boolean", ["feature-state", STEP_OFF], false];
/** A paint value, or `whenOff` for a feature a step switched off. */
const unlessOff = (value: unknown, whenOff: number) => ["case", off, whenOff, value] as ExpressionSpecification;
/**
 * A circle with no radius and no stroke has no pixels (and no hit area): its vertices still
 * go through the shader, but nothing is filled. A label at no opacity is still placed; its hits
 * name a mark the step's model lacks, which a pick ignores (lib/view/pick).
 */
function stepPaint(layer: LayerSpecification): LayerSpecification {
  if (layer.type === "circle") {
    const p = layer.paint ?? {};
    return { ...layer, paint: { ...p, "circle-radius": unlessOff(p["circle-radius"] ?? 5, 0), "circle-stroke-width": unlessOff(p["circle-stroke-width"] ?? 0, 0) } };
  }
  if (layer.type === "symbol") {
    const p = layer.paint ?? {};
    return { ...layer, paint: { ...p, "text-opacity": unlessOff(p["text-opacity"] ?? 1, 0) } };
  }
  return layer;
}

const STEPPED: readonly string[] = Object.values(CLAIM_SOURCE);

/**
 * The style with its claim point and label layers able to switch a feature off by feature
 * state, and labels keyed by mark id as points are. Applied to every style, stepping or not,
 * so starting playback never changes a layer's paint.
 */
export function steppable(style: StyleSpecification): StyleSpecification {
  const labels = style.sources[CLAIM_SOURCE.labels];
  return {
    ...style,
    sources: labels?.type === "geojson" ? { ...style.sources, [CLAIM_SOURCE.labels]: { ...labels, promoteId: "markId" } } : style.sources,
    layers: style.layers.map((l) => ("source" in l && STEPPED.includes(l.source) ? stepPaint(l) : l)),
  };
}

/** What turns one set of feature states into another: keys to clear, and states to set. */
export type StatesDiff = { remove: [key: string, name: string][]; set: [key: string, values: Record<string, number | string | boolean>][] };

/**
 * The feature-state calls from `prev` (what the map holds) to `next`: a step between two
 * months changes a few hundred of ~10,000 states, and each call MapLibre gets re-evaluates the
 * feature's paint, so only what changed is sent.
 */
export function statesDiff(prev: FeatureStates, next: FeatureStates): StatesDiff {
  const diff: StatesDiff = { remove: [], set: [] };
  for (const [key, was] of prev) {
    const now = next.get(key);
    if (now === was) continue;
    for (const name in was) if (!now || !(name in now)) diff.remove.push([key, name]);
  }
  for (const [key, now] of next) {
    const was = prev.get(key);
    if (now === was) continue;
    if (!was) {
      diff.set.push([key, now]);
      continue;
    }
    let changed: Record<string, number | string | boolean> | null = null;
    for (const name in now) if (was[name] !== now[name]) (changed ??= {})[name] = now[name]!;
    if (changed) diff.set.push([key, changed]);
  }
  return diff;
}
