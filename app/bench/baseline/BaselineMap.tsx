"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type * as MapLibre from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { loadMapLib, preloadMapLib } from "@/components/map/maplibre";
import { HOME_BOUNDS } from "@/lib/map/base-style";
import { mapStyle, targetsOf } from "@/lib/map/map-style";
import { type PlainMarks, stateTarget } from "@/lib/map/mark-states";
import type { UiLang, ViewLayer } from "@/lib/view/view-state";

type State = "loading" | "ready" | "error";

/**
 * MapLibre used directly, with no wrapper library or UI, so the benchmark's baseline is the
 * least a page can do to show the dashboard's map: the same style (lib/map), MapLibre loaded
 * the way the app's maps load it (preloaded from the head, worker prewarmed), and the view's
 * feature states set as soon as the style's sources exist. What the dashboard costs beyond it
 * is its own: React wrapper, UI, data and framework. It reports its first idle through the
 * same attribute the dashboard's tests and bench wait for.
 */
export function BaselineMap({ lang, layers, marks }: { lang: UiLang; layers: readonly ViewLayer[]; marks: PlainMarks }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>("loading");
  preloadMapLib();

  useEffect(() => {
    let map: MapLibre.Map | undefined;
    let cancelled = false;
    loadMapLib()
      .then((ml) => {
        if (cancelled || !container.current) return;
        map = new ml.Map({
          container: container.current,
          style: mapStyle(window.location.origin, lang, layers, targetsOf(marks.states), marks),
          bounds: HOME_BOUNDS,
          fitBoundsOptions: { padding: 24 },
          attributionControl: false,
        });
        const m = map;
        m.once("styledata", () => {
          for (const [key, values] of marks.states) m.setFeatureState(stateTarget(key), values);
        });
        map.once("idle", () => setState((s) => (s === "error" ? s : "ready")));
        map.on("error", () => setState("error"));
      })
      .catch(() => setState("error"));
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [lang, layers, marks]);

  return (
    <div
      ref={container}
      data-testid="atlas-map"
      data-map-state={state}
      data-points={marks.points.features.length}
      data-shaded={marks.states.length}
      style={{ width: "100%", height: "100%" }}
    />
  );
}
