import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { ViewLayer } from "../view/view-state";
import { LAYER, SOURCE } from "./base-style";
import { controlLayers } from "./control-layer";
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
  /** The place has a share stated about it alone. */
  lossOwn: "lossOwn",
  /** The place is one of a group a share was stated about together (lib/view/figures). */
  lossJoint: "lossJoint",
  recruit: "recruit",
  recruitShare: "recruitShare",
  shiftColor: "shiftColor",
  activityShare: "activityShare",
  selected: "selected",
  hover: "hover",
  /** On a claim point: its count at a playback step, when it differs from the source's (lib/map/step-marks). */
  pointValue: "value",
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
  // Control changes are points only: no base feature carries this key.
  "control-changes": "control",
};

const state = (key: string, fallback: number | string | boolean): ExpressionSpecification => ["coalesce", ["feature-state", key], fallback];

/**
 * Editors' "show unreviewed" (issue 15 §3): a place with proposed claims on a layer carries this
 * key for that layer, and gets a dotted amber outline; a point from proposed claims only is drawn
 * pale with an amber ring. Never shown to the public, who are served accepted claims only.
 */
export const unreviewedKey = (view: ViewLayer) => `unreviewed:${view}`;
export const UNREVIEWED_COLOR = "#b45309";
const unreviewedPoint = ["boolean", ["get", "unreviewed"], false] satisfies ExpressionSpecification;
const selected = state(STATE.selected, false);

/** Area layers come in pairs, one per base source, because a region colours provinces. */
const AREA_SOURCES = [SOURCE.countries, SOURCE.admin1] as const;

function areaLayers(view: ViewLayer, make: (source: string) => Omit<LayerSpecification, "id" | "source">): LayerSpecification[] {
  return AREA_SOURCES.map((source) => ({ id: `${view}-${source}`, source, ...make(source) }) as LayerSpecification);
}

/**
 * Where an outline layer names the feature-state key its features carry, map-style draws it only
 * on those features, not on every target of its view layer: at 200k claims the unreviewed and
 * joint outlines stroked all 180 provinces at opacity 0 (MapLibre skips only a constant 0).
 */
export const TARGET_KEY = "atlas:targets";
const onlyWhere = (key: string) => ({ metadata: { [TARGET_KEY]: key } });

/** The dotted outline of places with unreviewed claims on this layer (ids end in -outline: not clickable). */
function unreviewedOutlines(view: ViewLayer): LayerSpecification[] {
  return areaLayers(view, () => ({
    type: "line",
    ...onlyWhere(unreviewedKey(view)),
    paint: { "line-color": UNREVIEWED_COLOR, "line-width": 2.5, "line-dasharray": [1, 1.5], "line-opacity": ["case", state(unreviewedKey(view), false), 1, 0] },
  })).map((l) => ({ ...l, id: `${l.id}-unreviewed-outline` }) as LayerSpecification);
}

const pointFilter = (view: ViewLayer): ExpressionSpecification => ["==", ["get", "layer"], view];

/** A point's count: a playback step's (feature state) over the whole range's the source holds. */
const pointValue: ExpressionSpecification = ["coalesce", ["feature-state", STATE.pointValue], ["get", "value"]];

/** Labels drawn from the first zoom; the rest wait for `LABELS_MORE_MINZOOM` (see labelLayers). */
export const LABELS_AT_ANY_ZOOM = 150;
/** About one country across the map: the labels of a crowded view have room from here on. */
export const LABELS_MORE_MINZOOM = 6;

/**
 * A label layer in two: the view's `LABELS_AT_ANY_ZOOM` largest figures (mark-states sets `top`)
 * at every zoom, the others from `LABELS_MORE_MINZOOM`. At 200k claims 8,471 joint-figure labels
 * were laid out and collided at the first zoom, for a handful drawn; the marks and popups still
 * carry every figure. A view with few labels has them all `top`, so nothing changes there.
 * Larger figures are placed first (lower sort key wins), so collisions drop the small ones.
 */
function labelLayers(view: ViewLayer, spec: Omit<LayerSpecification & { type: "symbol" }, "id" | "source" | "filter">): LayerSpecification[] {
  const layout = { ...spec.layout, "symbol-sort-key": ["-", 0, ["get", "value"]] } as NonNullable<typeof spec.layout>;
  const top: ExpressionSpecification = ["boolean", ["get", "top"], false];
  return [
    { ...spec, layout, id: `${view}-labels`, source: CLAIM_SOURCE.labels, filter: ["all", pointFilter(view), top] },
    { ...spec, layout, id: `${view}-labels-more`, source: CLAIM_SOURCE.labels, minzoom: LABELS_MORE_MINZOOM, filter: ["all", pointFilter(view), ["!", top]] },
  ] as LayerSpecification[];
}

/** Points drawn from the first zoom, per layer; the rest wait for `POINTS_MORE_MINZOOM` (see pointLayers). */
export const POINTS_AT_ANY_ZOOM = 300;
/** About a country across the map: the view holds a fraction of a crowded layer's places from here on. */
export const POINTS_MORE_MINZOOM = 5;

/**
 * A point layer in two, like the labels: the view's `POINTS_AT_ANY_ZOOM` most reported places
 * (mark-states sets `top`) at every zoom, the others from `POINTS_MORE_MINZOOM`. At 200k claims
 * 13,900 circles were drawn over each other at the first zoom, and software GL spent most of the
 * dashboard's load painting them (a frame took 0.5-1 s); the map says how many wait for a closer
 * zoom (lib/map/point-thinning). A view with few points has them all `top`: nothing changes there.
 */
function pointLayers(view: ViewLayer, spec: Omit<LayerSpecification & { type: "circle" }, "id" | "source" | "filter">): LayerSpecification[] {
  const top: ExpressionSpecification = ["boolean", ["get", "top"], false];
  return [
    { ...spec, id: `${view}-points`, source: CLAIM_SOURCE.points, filter: ["all", pointFilter(view), top] },
    { ...spec, id: `${view}-points-more`, source: CLAIM_SOURCE.points, minzoom: POINTS_MORE_MINZOOM, filter: ["all", pointFilter(view), ["!", top]] },
  ];
}

export const LOSS_RAMP = ["#fee0d2", "#fc9272", "#de2d26"] as const;
/**
 * Grey: activity lies under the other layers, and a neutral ramp under the loss reds darkens
 * them without making a new hue (the purple ramp made purples no legend explained).
 */
export const ACTIVITY_RAMP = ["#f0f0f0", "#bdbdbd", "#636363"] as const;
/** Blue (Okabe-Ito), apart from the loss reds for every common colour-vision deficiency. */
export const RECRUIT_COLOR = "#0072b2";
/** The dashed outline and label of a figure stated for several places together. */
export const JOINT_OUTLINE = "#3f3f46";

function lossLayers(): LayerSpecification[] {
  return [
    ...areaLayers("territorial-loss", () => ({
      type: "fill",
      paint: {
        "fill-color": ["interpolate", ["linear"], state(STATE.loss, 0), 0, LOSS_RAMP[0], 50, LOSS_RAMP[1], 100, LOSS_RAMP[2]],
        // A share stated for a group of places together is paler on each: it is not theirs alone.
        "fill-opacity": ["case", ["==", state(STATE.loss, -1), -1], 0, ["all", state(STATE.lossJoint, false), ["!", state(STATE.lossOwn, false)]], 0.4, 0.75],
      },
    })),
    // The group a joint figure is about is outlined together (ids end in -outline: not clickable).
    ...areaLayers("territorial-loss", () => ({
      type: "line",
      ...onlyWhere(STATE.lossJoint),
      paint: { "line-color": JOINT_OUTLINE, "line-width": 2, "line-dasharray": [3, 2], "line-opacity": ["case", state(STATE.lossJoint, false), 1, 0] },
    })).map((l) => ({ ...l, id: `${l.id}-joint-outline` }) as LayerSpecification),
    ...unreviewedOutlines("territorial-loss"),
    ...pointLayers("territorial-loss", {
      type: "circle",
      paint: {
        "circle-radius": 7,
        "circle-color": "#ffffff",
        "circle-stroke-color": ["case", unreviewedPoint, UNREVIEWED_COLOR, LOSS_RAMP[2]],
        "circle-stroke-width": ["case", selected, 4, 2.5],
      },
    }),
    ...labelLayers("territorial-loss", {
      type: "symbol",
      layout: { "text-field": ["get", "label"], "text-font": [LABEL_FONT], "text-size": 12, "text-allow-overlap": false, "text-padding": 2 },
      paint: { "text-color": JOINT_OUTLINE, "text-halo-color": "#ffffff", "text-halo-width": 1.8 },
    }),
  ];
}

/**
 * Recruitment is drawn as outlines, not fills: on a country that also has a stated loss, two
 * fills blended into a colour no legend explains. A whole country gets a dashed line, a province
 * or region a solid one (precision shows); the line thickens with the share of claims.
 */
function recruitmentLayers(): LayerSpecification[] {
  return [
    ...hitLayers("recruitment-hotspots"),
    ...areaLayers("recruitment-hotspots", (source) => ({
      type: "line",
      paint: {
        "line-color": RECRUIT_COLOR,
        "line-width": ["case", selected, 5, ["+", 1.5, ["*", 2, state(STATE.recruitShare, 0)]]],
        "line-opacity": ["case", [">", state(STATE.recruit, 0), 0], 1, 0],
        ...(source === SOURCE.countries ? { "line-dasharray": [3, 1.5] } : {}),
      },
    })),
    ...unreviewedOutlines("recruitment-hotspots"),
    ...pointLayers("recruitment-hotspots", {
      type: "circle",
      paint: {
        "circle-radius": ["interpolate", ["linear"], pointValue, 1, 6, 10, 16],
        "circle-color": RECRUIT_COLOR,
        "circle-opacity": ["case", unreviewedPoint, 0.35, 0.85],
        "circle-stroke-color": ["case", unreviewedPoint, UNREVIEWED_COLOR, "#ffffff"],
        "circle-stroke-width": ["case", selected, 3, 1.5],
      },
    }),
  ];
}

/**
 * Invisible fills under a layer drawn only as lines, so a click or hover anywhere inside the
 * area finds it, not only on its thin outline (MapLibre hit-tests fills at any opacity).
 * map-style filters them to the layer's own targets, like the lines.
 */
function hitLayers(view: ViewLayer): LayerSpecification[] {
  return AREA_SOURCES.map((source) => ({ id: `${view}-hit-${source}`, type: "fill", source, paint: { "fill-color": "#000000", "fill-opacity": 0 } }) as LayerSpecification);
}

function shiftLayers(): LayerSpecification[] {
  return [
    ...hitLayers("allegiance-shifts"),
    ...areaLayers("allegiance-shifts", (source) => ({
      type: "line",
      // Regions colour their member provinces: thinner lines there keep inner borders quiet.
      paint: { "line-color": state(STATE.shiftColor, "rgba(0,0,0,0)"), "line-width": ["case", selected, 4, source === SOURCE.countries ? 2.5 : 1.2], "line-offset": 1 },
    })),
    ...unreviewedOutlines("allegiance-shifts"),
    ...pointLayers("allegiance-shifts", {
      type: "circle",
      paint: {
        "circle-radius": 6,
        "circle-color": ["get", "color"],
        "circle-opacity": ["case", unreviewedPoint, 0.4, 1],
        "circle-stroke-color": ["case", unreviewedPoint, UNREVIEWED_COLOR, "#ffffff"],
        "circle-stroke-width": ["case", selected, 3, 1.5],
      },
    }),
    ...labelLayers("allegiance-shifts", {
      type: "symbol",
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
    }),
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
    ...unreviewedOutlines("activity"),
  ];
}

const BUILDERS: Record<ViewLayer, () => LayerSpecification[]> = {
  activity: activityLayers,
  "territorial-loss": lossLayers,
  "recruitment-hotspots": recruitmentLayers,
  "allegiance-shifts": shiftLayers,
  "control-changes": controlLayers,
};

/** Drawing order, bottom to top: a choropleth under everything, points and labels on top. */
export const LAYER_ORDER: readonly ViewLayer[] = ["activity", "territorial-loss", "recruitment-hotspots", "allegiance-shifts", "control-changes"];

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
