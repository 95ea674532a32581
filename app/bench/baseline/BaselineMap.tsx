"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type * as MapLibre from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { importMapLib, WORKER_URL } from "@/components/map/maplibre";
import { baseStyle, HOME_BOUNDS } from "@/lib/map/base-style";

type State = "loading" | "ready" | "error";

/**
 * MapLibre used directly, with no wrapper library or UI, so the benchmark's baseline is the
 * least a page can do to show the base map: the same MapLibre file as the app's maps, imported
 * once the page has rendered, with no preload or prewarmed worker. It reports its first idle
 * through the same attribute the dashboard's tests and bench wait for.
 */
export function BaselineMap() {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>("loading");

  useEffect(() => {
    let map: MapLibre.Map | undefined;
    let cancelled = false;
    importMapLib()
      .then((ml) => {
        if (cancelled || !container.current) return;
        ml.setWorkerUrl(WORKER_URL);
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
