"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { baseStyle, HOME_BOUNDS } from "@/lib/map/base-style";

type State = "loading" | "ready" | "error";

/**
 * MapLibre used directly, with no wrapper library or UI, so the benchmark's baseline is the
 * least a page can do to show the base map. It is imported lazily, as the dashboard does, and
 * reports its first idle through the same attribute the dashboard's tests and bench wait for.
 */
export function BaselineMap() {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>("loading");

  useEffect(() => {
    let map: MapLibreMap | undefined;
    let cancelled = false;
    import("maplibre-gl")
      .then((ml) => {
        if (cancelled || !container.current) return;
        ml.setWorkerUrl("/maplibre-gl-worker.mjs");
        map = new ml.Map({
          container: container.current,
          style: baseStyle(window.location.origin),
          bounds: HOME_BOUNDS,
          fitBoundsOptions: { padding: 24 },
          attributionControl: false,
        });
        map.once("idle", () => setState((s) => (s === "error" ? s : "ready")));
        map.on("error", () => setState("error"));
      })
      .catch(() => setState("error"));
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, []);

  return <div ref={container} data-testid="atlas-map" data-map-state={state} style={{ width: "100%", height: "100%" }} />;
}
