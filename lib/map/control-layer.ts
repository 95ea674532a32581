import type { LayerSpecification } from "maplibre-gl";

/**
 * The control-changes layer, declared as data: a square-ish ringed point per town, filled with
 * the colour of whoever held it last as of the view's month (the group's colour, or the state
 * forces' grey), a dashed-looking thin ring when the dates cannot order its last change.
 * Its features come from the claim points source (lib/map/mark-states) like every point layer.
 */
/** The same grey mark-states.ts gives a mark with no group colour: the state is no lexicon group. */
export const STATE_FORCES_COLOR = "#555555";

/** Kept apart from claim-layers.ts's own `pointFilter` (not exported there) on purpose: same rule. */
const onLayer: ["==", ["get", string], string] = ["==", ["get", "layer"], "control-changes"];

export function controlLayers(): LayerSpecification[] {
  return [
    {
      id: "control-changes-points",
      type: "circle",
      source: "claim-points",
      filter: onLayer,
      paint: {
        "circle-radius": 7,
        "circle-color": ["get", "color"],
        "circle-stroke-color": "#111827",
        // Thicker when selected; thinner when the last change cannot be ordered (uncertain).
        "circle-stroke-width": ["case", ["coalesce", ["feature-state", "selected"], false], 4, ["==", ["get", "value"], 0], 1, 2.5],
      },
    },
  ];
}
