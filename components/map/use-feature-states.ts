import type { MapRef } from "@vis.gl/react-maplibre";
import { type RefObject, useEffect, useRef } from "react";
import { type FeatureStates, stateTarget } from "@/lib/map/mark-states";

/**
 * Applies the marks' feature states to the base sources: clears what the previous view set,
 * then sets the new. Hover state lives under its own key and is left alone.
 */
export function useFeatureStates(mapRef: RefObject<MapRef | null>, loaded: boolean, states: FeatureStates | undefined) {
  const applied = useRef<FeatureStates>(new Map());
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const [key, values] of applied.current) {
      for (const k of Object.keys(values)) map.removeFeatureState(stateTarget(key), k);
    }
    for (const [key, values] of states ?? []) map.setFeatureState(stateTarget(key), values);
    applied.current = states ?? new Map();
  }, [mapRef, loaded, states]);
}
