import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";
import { CLAIM_SOURCE, STATE } from "./claim-layers";
import { type FeatureStates, type MapMarks, stateKey } from "./mark-states";

/**
 * Playback steps (issue 16: ≥ 1 step a second at 200k claims). Rebuilding the claim sources at
 * every step made MapLibre diff and clone the whole style and re-index ~10,000 points (~12 s a
 * step). Instead the sources hold every mark of the view's whole range (the `frame`) and stay
 * fixed while only the month changes; a step is a filter on mark ids, the step's counts as
 * feature state, and the step's area states. Pure, so what a step draws is tested without a map.
 */
export type StepMarks = {
  /** The mark ids drawn at this step (points and labels), sorted. */
  shown: string[];
  /** How many point features are drawn at this step (the map reports it for tests). */
  points: number;
  /** The frame's area states: what decides which base features each layer may draw, fixed for the view. */
  frameStates: FeatureStates;
};

/**
 * The map marks of a step: the frame's point and label features (unchanged references, so no
 * `setData`), the step's area states, and each point whose count differs from the frame's
 * carrying the step's count as feature state (`STATE.pointValue`, read by the point layers).
 * `frame` must come from a superset of `now`'s marks (the whole range holds every month's).
 */
export function stepMarks(frame: MapMarks, now: MapMarks): MapMarks & { step: StepMarks } {
  const frameValue = new Map(frame.points.features.map((f) => [f.properties.markId, f.properties.value]));
  const states: FeatureStates = new Map(now.states);
  for (const f of now.points.features) {
    const { markId, value } = f.properties;
    if (frameValue.has(markId) && frameValue.get(markId) !== value) states.set(stateKey(CLAIM_SOURCE.points, markId), { [STATE.pointValue]: value });
  }
  const shown = [...new Set([...now.points.features, ...now.labels.features].map((f) => f.properties.markId))].sort();
  return { states, points: frame.points, labels: frame.labels, step: { shown, points: now.points.features.length, frameStates: frame.states } };
}

/**
 * A claim point or label layer's filter at a step: its own filter, and the mark among those
 * shown. `match` looks the id up in a table where `in` would scan the list for every feature.
 * `shown` null (no step): the layer's own filter, unchanged.
 */
export function stepFilter(own: FilterSpecification | undefined, shown: readonly string[] | null): FilterSpecification | undefined {
  if (!shown) return own;
  // An empty step draws nothing: `match` needs at least one label.
  const onStep: ExpressionSpecification | false = shown.length ? ["match", ["get", "markId"], [...shown], true, false] : false;
  return (own ? ["all", own, onStep] : onStep) as FilterSpecification;
}
