import type { MapRef } from "@vis.gl/react-maplibre";
import { type RefObject, useEffect, useRef } from "react";
import { type FeatureStates, stateTarget } from "@/lib/map/mark-states";
import { statesDiff } from "@/lib/map/step-marks";

/**
 * Applies the marks' feature states to the base and claim sources, sending MapLibre only what
 * changed since the last call (lib/map/step-marks statesDiff: a playback step changes a few
 * hundred of ~10,000). A new map or a new style (`epoch`) is sent every state again, as a style
 * that reloads whole keeps none. Hover state lives under its own key and is left alone.
 */
export function useFeatureStates(mapRef: RefObject<MapRef | null>, loaded: boolean, states: FeatureStates | undefined, epoch?: unknown) {
  const applied = useRef<{ map: unknown; epoch: unknown; states: FeatureStates }>({ map: null, epoch: null, states: new Map() });
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    const last = applied.current;
    const prev = last.map === map ? last.states : new Map();
    const diff = statesDiff(prev, states ?? new Map());
    for (const [key, name] of diff.remove) map.removeFeatureState(stateTarget(key), name);
    // After a new style, every state again: a diffed style keeps them, a reloaded one does not.
    const set = last.map === map && last.epoch !== epoch ? [...(states ?? [])] : diff.set;
    for (const [key, values] of set) map.setFeatureState(stateTarget(key), values);
    applied.current = { map, epoch, states: states ?? new Map() };
  }, [mapRef, loaded, states, epoch]);
}
