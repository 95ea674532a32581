import type { FeatureCollection } from "geojson";
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { UiLang, ViewLayer } from "../view/view-state";
import { baseStyle, SOURCE } from "./base-style";
import { CLAIM_SOURCE, claimLayers, INSERT_BEFORE, INSERT_LABELS_BEFORE, LAYER_ORDER, LAYER_STATE, STATE, TARGET_KEY, unreviewedKey } from "./claim-layers";
import { stateTarget } from "./mark-states";

const EMPTY = { type: "FeatureCollection" as const, features: [] };
const NO_AREAS: AreaTargets = { countries: [], admin1: [] };

/** Base features by id: countries by ISO 3166-1, provinces by ISO 3166-2. */
export type AreaTargets = { countries: readonly string[]; admin1: readonly string[] };
/**
 * For each view layer, the base features it styles; `outlines`, by feature-state key, the
 * features an outline layer naming that key draws (claim-layers TARGET_KEY).
 */
export type ClaimTargets = Record<ViewLayer, AreaTargets> & { outlines?: Record<string, AreaTargets> };

export const NO_TARGETS: ClaimTargets = targetsOf([]);

/**
 * The targets of a view's feature states (keys "countries/IRQ", "admin1/SY-RA"), per view
 * layer and sorted: a feature belongs to a layer when it carries that layer's state key.
 */
export function targetsOf(states: Iterable<[string, Record<string, unknown>]>): ClaimTargets {
  const none = () => ({ countries: [] as string[], admin1: [] as string[] });
  const out = { activity: none(), "territorial-loss": none(), "recruitment-hotspots": none(), "allegiance-shifts": none(), "control-changes": none() };
  const outlines: Record<string, ReturnType<typeof none>> = {};
  const outlineKeys = [STATE.lossJoint, ...LAYER_ORDER.map(unreviewedKey)];
  for (const [key, values] of states) {
    const { source, id } = stateTarget(key);
    if (source !== SOURCE.countries && source !== SOURCE.admin1) continue;
    for (const l of LAYER_ORDER) if (LAYER_STATE[l] in values) out[l][source].push(id);
    for (const k of outlineKeys) if (values[k]) (outlines[k] ??= none())[source].push(id);
  }
  for (const t of [...Object.values(out), ...Object.values(outlines)]) {
    t.countries.sort();
    t.admin1.sort();
  }
  return { ...out, outlines };
}

/**
 * A claim layer on a base source draws only the features its own marks style. Without the
 * filter MapLibre tessellates every province border at every zoom just to draw it transparent
 * (half a second of the dashboard's load went there), and a fill shared with another layer's
 * targets still paints every one of their pixels at opacity 0.
 */
function withTargets(layer: LayerSpecification, own: AreaTargets, outlines: ClaimTargets["outlines"]): LayerSpecification {
  if (!("source" in layer)) return layer;
  const key = (layer.metadata as Record<string, unknown> | undefined)?.[TARGET_KEY];
  const targets = typeof key === "string" ? (outlines?.[key] ?? NO_AREAS) : own;
  if (layer.source === SOURCE.countries) return { ...layer, filter: ["in", ["get", "iso3"], ["literal", [...targets.countries]]] };
  if (layer.source === SOURCE.admin1) return { ...layer, filter: ["in", ["get", "iso"], ["literal", [...targets.admin1]]] };
  return layer;
}

/**
 * A map about one region (a comparison panel): the region outlined, the other countries dimmed.
 * Filters by id, so nothing is added to maps that have no focus.
 */
function focusLayers(focus: AreaTargets): LayerSpecification[] {
  const iso2s = [...new Set(focus.admin1.map((id) => id.split("-")[0]!))];
  return [
    {
      id: "focus-dim",
      type: "fill",
      source: SOURCE.countries,
      filter: ["all", ["!", ["in", ["get", "iso3"], ["literal", [...focus.countries]]]], ["!", ["in", ["get", "iso2"], ["literal", iso2s]]]],
      paint: { "fill-color": "#ffffff", "fill-opacity": 0.55 },
    },
    {
      id: "focus-line-countries",
      type: "line",
      source: SOURCE.countries,
      filter: ["in", ["get", "iso3"], ["literal", [...focus.countries]]],
      paint: { "line-color": FOCUS_LINE, "line-width": 2.5 },
    },
    {
      id: "focus-line-admin1",
      type: "line",
      source: SOURCE.admin1,
      filter: ["in", ["get", "iso"], ["literal", [...focus.admin1]]],
      paint: { "line-color": FOCUS_LINE, "line-width": 2.5 },
    },
  ];
}

const FOCUS_LINE = "#1c1917";

/** The claim point and label features (from mapMarks); absent means none. */
export type ClaimData = { points?: FeatureCollection; labels?: FeatureCollection };

/**
 * The whole style of a map view: the base map with the visible claim layers and their point
 * data already in place, so MapLibre loads everything in one pass instead of settling once and
 * starting again when layers or data arrive after `load`. Later changes reach the map as
 * MapLibre's own style diff (setFilter, setData). Areas go under the borders, labels under the
 * place names.
 */
export function mapStyle(
  origin: string,
  lang: UiLang,
  visible: readonly ViewLayer[],
  targets: ClaimTargets = NO_TARGETS,
  data: ClaimData = {},
  focus?: AreaTargets,
): StyleSpecification {
  const base = baseStyle(origin, lang);
  const claims = LAYER_ORDER.filter((l) => visible.includes(l)).flatMap((view) => claimLayers(view).map((l) => withTargets(l, targets[view], targets.outlines)));
  const insert = (layers: LayerSpecification[], before: string, add: LayerSpecification[]) => {
    const i = layers.findIndex((l) => l.id === before);
    return [...layers.slice(0, i), ...add, ...layers.slice(i)];
  };
  let layers = insert(
    base.layers,
    INSERT_BEFORE,
    claims.filter((l) => l.type !== "symbol"),
  );
  layers = insert(layers, INSERT_LABELS_BEFORE, [...(focus ? focusLayers(focus) : []), ...claims.filter((l) => l.type === "symbol")]);
  return {
    ...base,
    sources: {
      ...base.sources,
      [CLAIM_SOURCE.points]: { type: "geojson", data: data.points ?? EMPTY, promoteId: "markId" },
      [CLAIM_SOURCE.labels]: { type: "geojson", data: data.labels ?? EMPTY },
    },
    layers,
  };
}
