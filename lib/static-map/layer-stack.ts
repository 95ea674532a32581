import type { LayerSpecification } from "maplibre-gl";
import { baseStyle } from "../map/base-style";
import { claimLayers, INSERT_BEFORE, INSERT_LABELS_BEFORE, LAYER_ORDER } from "../map/claim-layers";
import type { UiLang, ViewLayer } from "../view/view-state";

/**
 * Every layer the dashboard's map holds for a view, in its drawing order: the base style with
 * the visible claim layers inserted where AtlasMap inserts them (areas and points under the
 * country borders, claim labels under the place names).
 */
export function layerStack(lang: UiLang, visible: readonly ViewLayer[]): LayerSpecification[] {
  // The origin only names where MapLibre would fetch sources; nothing is fetched here.
  const layers = [...(baseStyle("", lang).layers as LayerSpecification[])];
  for (const spec of LAYER_ORDER.filter((l) => visible.includes(l)).flatMap((l) => claimLayers(l))) {
    const before = layers.findIndex((l) => l.id === (spec.type === "symbol" ? INSERT_LABELS_BEFORE : INSERT_BEFORE));
    layers.splice(before < 0 ? layers.length : before, 0, spec);
  }
  return layers;
}
