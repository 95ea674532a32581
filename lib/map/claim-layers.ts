import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { ViewLayer } from "../view/view-state";
import { LAYER, SOURCE } from "./base-style";
import { LABEL_FONT } from "./fonts";

/**
 * The claim layers, declared as data. Areas are the base map's own country and province
 * features, styled through feature state (set from the view's marks); points and shift labels
 * come from one small GeoJSON source built from the same marks. Precision shows: a whole
 * country is a pale wash, a province or region a firmer fill, a place a circle.
 */
export const CLAIM_SOURCE = { points: "claim-points", labels: "claim-labels" } as const;

/** Feature-state keys, one family per view layer, so layers never overwrite each other. */
export const STATE = {
  loss: "loss",
  recruit: "recruit",
  recruitShare: "recruitShare",
  shiftColor: "shiftColor",
  activityShare: "activityShare",
  selected: "selected",
  hover: "hover",
} as const;

/**
 * The feature-state key that puts a base feature on each view layer: a layer draws only the
 * features that carry its key (see targetsOf in map-style), so no layer paints a country
 * transparent because another layer styles it.
 */
export const LAYER_STATE: Record<ViewLayer, string> = {
  activity: STATE.activityShare,
  "territorial-loss": STATE.loss,
  "recruitment-hotspots": STATE.recruit,
  "allegiance-shifts": STATE.shiftColor,
};

const state = (key: string, fallback: number | string | boolean): ExpressionSpecification => ["coalesce", ["feature-state", key], fallback];
const selected = state(STATE.selected, false);

/** Area layers come in pairs, one per base source, because a region colours provinces. */
const AREA_SOURCES = [SOURCE.countries, SOURCE.admin1] as const;

function areaLayers(view: ViewLayer, make: (source: string) => Omit<LayerSpecification, "id" | "source">): LayerSpecification[] {
  return AREA_SOURCES.map((source) => ({ id: `${view}-${source}`, source, ...make(source) }) as LayerSpecification);
}

const pointFilter = (view: ViewLayer): ExpressionSpecification => ["==", ["get", "layer"], view];

export const LOSS_RAMP = ["#fee0d2", "#fc9272", "#de2d26"] as const;
export const ACTIVITY_RAMP = ["#efedf5", "#bcbddc", "#756bb1"] as const;
export const RECRUIT_COLOR = "#e6550d";

function lossLayers(): LayerSpecification[] {
  return [
    ...areaLayers("territorial-loss", () => ({
      type: "fill",
      paint: {
        "fill-color": ["interpolate", ["linear"], state(STATE.loss, 0), 0, LOSS_RAMP[0], 50, LOSS_RAMP[1], 100, LOSS_RAMP[2]],
        "fill-opacity": ["case", ["==", state(STATE.loss, -1), -1], 0, 0.75],
      },
    })),
    {
      id: "territorial-loss-points",
      type: "circle",
      source: CLAIM_SOURCE.points,
      filter: pointFilter("territorial-loss"),
      paint: { "circle-radius": 7, "circle-color": "#ffffff", "circle-stroke-color": LOSS_RAMP[2], "circle-stroke-width": ["case", selected, 4, 2.5] },
    },
  ];
}

function recruitmentLayers(): LayerSpecification[] {
  return [
    ...areaLayers("recruitment-hotspots", (source) => ({
      type: "fill",
      paint: {
        "fill-color": RECRUIT_COLOR,
        // A whole country gets a pale wash, a province or region a firmer one: precision shows.
        "fill-opacity": ["case", ["==", state(STATE.recruit, 0), 0], 0, ["*", source === SOURCE.countries ? 0.22 : 0.45, ["+", 0.5, ["*", 0.5, state(STATE.recruitShare, 0)]]]],
      },
    })),
    {
      id: "recruitment-hotspots-outline",
      type: "line",
      source: SOURCE.admin1,
      paint: { "line-color": RECRUIT_COLOR, "line-width": 1.2, "line-dasharray": [2, 1], "line-opacity": ["case", [">", state(STATE.recruit, 0), 0], 1, 0] },
    },
    {
      id: "recruitment-hotspots-points",
      type: "circle",
      source: CLAIM_SOURCE.points,
      filter: pointFilter("recruitment-hotspots"),
      paint: {
        "circle-radius": ["interpolate", ["linear"], ["get", "value"], 1, 6, 10, 16],
        "circle-color": RECRUIT_COLOR,
        "circle-opacity": 0.85,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": ["case", selected, 3, 1.5],
      },
    },
  ];
}

function shiftLayers(): LayerSpecification[] {
  return [
    ...areaLayers("allegiance-shifts", (source) => ({
      type: "line",
      // Regions colour their member provinces: thinner lines there keep inner borders quiet.
      paint: { "line-color": state(STATE.shiftColor, "rgba(0,0,0,0)"), "line-width": ["case", selected, 4, source === SOURCE.countries ? 2.5 : 1.2], "line-offset": 1 },
    })),
    {
      id: "allegiance-shifts-points",
      type: "circle",
      source: CLAIM_SOURCE.points,
      filter: pointFilter("allegiance-shifts"),
      paint: { "circle-radius": 6, "circle-color": ["get", "color"], "circle-stroke-color": "#ffffff", "circle-stroke-width": ["case", selected, 3, 1.5] },
    },
    {
      id: "allegiance-shifts-labels",
      type: "symbol",
      source: CLAIM_SOURCE.labels,
      filter: pointFilter("allegiance-shifts"),
      layout: {
        "text-field": ["get", "label"],
        "text-font": [LABEL_FONT],
        "text-size": 11,
        // Beside the place name rather than on it; MapLibre picks whichever side has room.
        "text-variable-anchor": ["top", "bottom", "left", "right"],
        "text-radial-offset": 1.8,
        "text-allow-overlap": false,
        "text-padding": 2,
      },
      paint: { "text-color": ["get", "color"], "text-halo-color": "#ffffff", "text-halo-width": 1.6 },
    },
  ];
}

function activityLayers(): LayerSpecification[] {
  return [
    {
      id: "activity-countries",
      type: "fill",
      source: SOURCE.countries,
      paint: {
        "fill-color": ["interpolate", ["linear"], state(STATE.activityShare, 0), 0, ACTIVITY_RAMP[0], 0.5, ACTIVITY_RAMP[1], 1, ACTIVITY_RAMP[2]],
        "fill-opacity": ["case", ["==", state(STATE.activityShare, -1), -1], 0, 0.8],
      },
    },
  ];
}

const BUILDERS: Record<ViewLayer, () => LayerSpecification[]> = {
  activity: activityLayers,
  "territorial-loss": lossLayers,
  "recruitment-hotspots": recruitmentLayers,
  "allegiance-shifts": shiftLayers,
};

/** Drawing order, bottom to top: a choropleth under everything, points and labels on top. */
export const LAYER_ORDER: readonly ViewLayer[] = ["activity", "territorial-loss", "recruitment-hotspots", "allegiance-shifts"];

export function claimLayers(view: ViewLayer): LayerSpecification[] {
  return BUILDERS[view]();
}

/** Layer ids that can be clicked, for each view layer. */
export function interactiveIds(view: ViewLayer): string[] {
  return claimLayers(view)
    .filter((l) => l.type !== "symbol" && !l.id.endsWith("-outline"))
    .map((l) => l.id);
}

/** Claim areas go under the country borders, claim labels under place names: names win collisions. */
export const INSERT_BEFORE = LAYER.countriesLine;
export const INSERT_LABELS_BEFORE = LAYER.countryLabels;
