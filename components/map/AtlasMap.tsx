"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { AttributionControl, Map, type MapLayerMouseEvent, type MapRef, NavigationControl, ScaleControl } from "@vis.gl/react-maplibre";
import { useCallback, useMemo, useRef, useState } from "react";
import { baseStyle, HOME_BOUNDS, LAYER } from "@/lib/map/base-style";
import { MapStatus, type MapState } from "./MapStatus";
import { VisibleCountries } from "./VisibleCountries";

/** Served from public/ (copied there at build time): MapLibre 6 needs its worker wired explicitly. */
const WORKER_URL = "/maplibre-gl-worker.mjs";

type Hovered = { source: string; id: string | number } | null;

/**
 * The one component that owns the MapLibre instance. Everything it draws is declared as data
 * in lib/map; it only wires events (hover, load, errors) and reports what is in view.
 */
export function AtlasMap() {
  const mapRef = useRef<MapRef>(null);
  const hovered = useRef<Hovered>(null);
  const [state, setState] = useState<MapState>({ kind: "loading" });
  const [inView, setInView] = useState<{ iso3: string; nameEn: string }[]>([]);
  const [provincesInView, setProvincesInView] = useState(0);
  const style = useMemo(() => baseStyle(typeof window === "undefined" ? "" : window.location.origin), []);

  const setHover = useCallback((next: Hovered) => {
    const map = mapRef.current;
    const prev = hovered.current;
    if (!map || (prev?.id === next?.id && prev?.source === next?.source)) return;
    if (prev) map.setFeatureState(prev, { hover: false });
    if (next) map.setFeatureState(next, { hover: true });
    hovered.current = next;
  }, []);

  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      setHover(f?.id !== undefined && f.source ? { source: f.source, id: f.id } : null);
    },
    [setHover],
  );

  // After each render settles, list the countries drawn in view: a text alternative for
  // screen readers, and what the browser tests read to know the map really rendered.
  const onIdle = useCallback(() => {
    const map = mapRef.current;
    if (!map) return;
    const seen = new globalThis.Map<string, string>();
    for (const f of map.queryRenderedFeatures({ layers: [LAYER.countriesFill] })) {
      const iso3 = String(f.properties.iso3 ?? "");
      if (iso3) seen.set(iso3, String(f.properties.nameEn ?? iso3));
    }
    const provinces = new Set(map.queryRenderedFeatures({ layers: [LAYER.admin1Line] }).map((f) => f.id));
    setProvincesInView(provinces.size);
    setInView([...seen].map(([iso3, nameEn]) => ({ iso3, nameEn })).sort((a, b) => a.iso3.localeCompare(b.iso3)));
    setState((s) => (s.kind === "error" ? s : { kind: "ready" }));
  }, []);

  return (
    <div className="relative h-full w-full" data-testid="atlas-map" data-map-state={state.kind} data-provinces-in-view={provincesInView}>
      <Map
        ref={mapRef}
        mapStyle={style}
        workerUrl={WORKER_URL}
        initialViewState={{ bounds: HOME_BOUNDS, fitBoundsOptions: { padding: 24 } }}
        style={{ width: "100%", height: "100%" }}
        interactiveLayerIds={[LAYER.countriesFill, LAYER.admin1Fill]}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        onIdle={onIdle}
        onError={(e) => setState({ kind: "error", message: describeError(e.error) })}
        attributionControl={false}
        dragRotate={false}
        touchPitch={false}
        maxPitch={0}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
        <AttributionControl position="bottom-right" compact={false} />
      </Map>
      <MapStatus state={state} onRetry={() => window.location.reload()} />
      <VisibleCountries countries={inView} />
    </div>
  );
}

function describeError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/webgl/i.test(msg)) return "This browser cannot draw the map: it needs WebGL 2.";
  if (/failed to fetch|networkerror|load/i.test(msg)) return "A map layer could not be loaded from the server.";
  return "The map stopped with an error.";
}

