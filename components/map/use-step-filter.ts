import type { MapRef } from "@vis.gl/react-maplibre";
import type { FilterSpecification, StyleSpecification } from "maplibre-gl";
import { type RefObject, useEffect, useRef } from "react";
import { CLAIM_SOURCE } from "@/lib/map/claim-layers";
import { stepFilter } from "@/lib/map/step-marks";

const STEPPED_SOURCES: readonly string[] = Object.values(CLAIM_SOURCE);

/**
 * Draws a playback step: sets the claim point and label layers' filters to the step's marks
 * (lib/map/step-marks), so a step costs a filter change, not a new style and a reloaded source.
 * Runs again after any new style, since MapLibre's style diff resets filters to the style's own;
 * with no step (`shown` null) it puts the style's filters back once.
 */
export function useStepFilter(mapRef: RefObject<MapRef | null>, loaded: boolean, style: StyleSpecification, shown: readonly string[] | null) {
  const applied = useRef<{ style: StyleSpecification; shown: readonly string[] | null } | null>(null);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    const last = applied.current;
    if (last && last.style === style && last.shown === shown) return;
    // Nothing was filtered and nothing is to be: the style's own filters are in place.
    if (!shown && !last?.shown) {
      applied.current = { style, shown };
      return;
    }
    for (const layer of style.layers) {
      if (!("source" in layer) || !STEPPED_SOURCES.includes(layer.source) || !map.getLayer(layer.id)) continue;
      map.setFilter(layer.id, stepFilter(layer.filter as FilterSpecification | undefined, shown) ?? null, { validate: false });
    }
    applied.current = { style, shown };
  }, [mapRef, loaded, style, shown]);
}
