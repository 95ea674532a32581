import type { MapRef } from "@vis.gl/react-maplibre";
import { type RefObject, useEffect, useRef } from "react";
import type { FeatureStates } from "@/lib/map/mark-states";

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
      const [source, id] = split(key);
      for (const k of Object.keys(values)) map.removeFeatureState({ source, id }, k);
    }
    for (const [key, values] of states ?? []) {
      const [source, id] = split(key);
      map.setFeatureState({ source, id }, values);
    }
    applied.current = states ?? new Map();
  }, [mapRef, loaded, states]);
}

function split(key: string): [string, string] {
  const i = key.indexOf("/");
  return [key.slice(0, i), key.slice(i + 1)];
}

