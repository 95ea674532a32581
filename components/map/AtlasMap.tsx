"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { AttributionControl, Map as MapGL, type MapLayerMouseEvent, type MapRef, NavigationControl, ScaleControl } from "@vis.gl/react-maplibre";
import type { LngLatLike } from "maplibre-gl";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { HOME_BOUNDS, LAYER } from "@/lib/map/base-style";
import { CLAIM_SOURCE, interactiveIds, LAYER_ORDER } from "@/lib/map/claim-layers";
import { mapLocale } from "@/lib/map/map-locale";
import { type AreaTargets, type ClaimTargets, mapStyle, targetsOf } from "@/lib/map/map-style";
import type { MapMarks } from "@/lib/map/mark-states";
import { heldBackNote, pointsHeldBack } from "@/lib/map/point-thinning";
import { type StepMarks, steppable } from "@/lib/map/step-marks";
import type { UiLang, ViewLayer } from "@/lib/view/view-state";
import { type Camera, camerasDiffer } from "./camera";
import { loadMapLib } from "./maplibre";
import { type MapError, MapStatus, type MapState } from "./MapStatus";
import { useFeatureStates } from "./use-feature-states";
import { VisibleCountries } from "./VisibleCountries";

export type Pick = { markIds: string[]; areas: { source: string; id: string }[]; lngLat: [number, number] };

export type AtlasMapProps = {
  /** Where the map looks; null frames `home` (default: the seven countries). */
  camera: Camera | null;
  home?: [[number, number], [number, number]];
  /** Called when the camera comes to rest after a move. */
  onCameraChange?: (c: Camera) => void;
  /**
   * The view's claim marks, joined to base features (see lib/map/mark-states). With `step`
   * (playback), points and labels hold the whole range and the step is drawn by feature state
   * alone, without a new style (lib/map/step-marks).
   */
  marks?: MapMarks & { step?: StepMarks };
  layers?: readonly ViewLayer[];
  lang?: UiLang;
  /** A click on claim features (or on nothing: null). */
  onPick?: (pick: Pick | null) => void;
  /** A click on a base country or province, the province when both are hit (default: none). */
  onAreaClick?: (area: { source: "countries" | "admin1"; id: string }) => void;
  /** Popups and other overlays, rendered inside the map. */
  children?: ReactNode;
  /** For the accessible summary and tests: a name for this map when a page has several. */
  testId?: string;
  /** Small frames (embeds): a collapsed attribution and no scale bar. Default false. */
  compact?: boolean;
  /** A map about one region: outline it and dim the other countries (default: none). */
  focus?: AreaTargets;
  /** What a hover tooltip shows for the claim features under the cursor (default: no tooltip). */
  describe?: (pick: Pick) => ReactNode | null;
  /** A point to bring into view if it is outside it (a feature reached with the keyboard). */
  reveal?: [number, number] | null;
};

type Hovered = { source: string; id: string | number } | null;

/**
 * The one component that owns a MapLibre instance. What it draws is declared as data in
 * lib/map; it wires events (hover, pick, camera, load, errors) and reports what is in view.
 */
export function AtlasMap({
  camera,
  home = HOME_BOUNDS,
  onCameraChange,
  marks,
  layers = [],
  lang = "en",
  onPick,
  onAreaClick,
  children,
  testId = "atlas-map",
  compact = false,
  describe,
  focus,
  reveal,
}: AtlasMapProps) {
  const mapRef = useRef<MapRef>(null);
  const rtl = lang === "ar";
  const hovered = useRef<Hovered>(null);
  const [state, setState] = useState<MapState>({ kind: "loading" });
  // Set when the style's sources exist ('styledata'), long before they have all loaded ('load'):
  // feature states and camera applied then are in place for the first frame that draws the base
  // layers. Waiting for 'load' cost the dashboard one more full render before its first idle.
  const [styleReady, setStyleReady] = useState(false);
  const [inView, setInView] = useState<{ iso3: string; nameEn: string; nameAr: string }[]>([]);
  const [provincesInView, setProvincesInView] = useState(0);
  // Read when the map settles, not on every frame of a zoom: only the held-back note needs it.
  const [zoom, setZoom] = useState<number | null>(null);
  const visible = useMemo(() => LAYER_ORDER.filter((l) => layers.includes(l)), [layers]);
  // Keyed by content, so the style (and MapLibre's diff) changes only when some layer's set does.
  // During playback the frame's states decide the targets, so a step never changes a layer's filter.
  const targetStates = marks?.step?.frameStates ?? marks?.states;
  const targetKey = useMemo(() => JSON.stringify(targetsOf(targetStates ?? [])), [targetStates]);
  const targets = useMemo(() => JSON.parse(targetKey) as ClaimTargets, [targetKey]);
  const points = marks?.points;
  const labels = marks?.labels;
  const heldBack = useMemo(() => (points && zoom !== null ? pointsHeldBack(points, zoom) : 0), [points, zoom]);
  const focusKey = focus ? JSON.stringify(focus) : "";
  const style = useMemo(
    () =>
      steppable(
        mapStyle(
          typeof window === "undefined" ? "" : window.location.origin,
          lang,
          visible,
          targets,
          { points, labels },
          focusKey ? (JSON.parse(focusKey) as AreaTargets) : undefined,
        ),
      ),
    [lang, visible, targets, points, labels, focusKey],
  );
  // For tests: how many styles this map has been given (a playback step must not make one).
  const styles = useRef<{ style: unknown; n: number }>({ style: null, n: 0 });
  if (styles.current.style !== style) styles.current = { style, n: styles.current.n + 1 };
  const clickable = useMemo(() => visible.flatMap(interactiveIds), [visible]);
  // The tooltip's content changes only when what is under the cursor does; its position follows
  // the cursor through the element's style, without a render per mouse move.
  const [hoverPick, setHoverPick] = useState<{ key: string; pick: Pick } | null>(null);
  const tip = useRef<HTMLDivElement>(null);

  useFeatureStates(mapRef, styleReady, marks?.states, style);

  // Follow camera changes that come from outside (back/forward, a link), not our own moves.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    const here = { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
    if (!camera) {
      // The opening view already frames `home`; refitting it anyway re-rendered the whole map.
      const fit = map.cameraForBounds(home, { padding: 24 });
      const target = fit?.center && fit.zoom !== undefined ? { center: maplibreCenter(fit.center), zoom: fit.zoom } : null;
      if (!target || camerasDiffer(target, here)) map.fitBounds(home, { padding: 24, duration: 0 });
    } else if (camerasDiffer(camera, here)) map.jumpTo({ center: camera.center, zoom: camera.zoom });
  }, [camera, home, styleReady]);

  // A feature stepped to from the keyboard may lie outside the view: pan to it, keeping the zoom.
  // Not a move the person made, so it does not rewrite the URL's camera (see onMoveEnd).
  const [revealLng, revealLat] = reveal ?? [];
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || revealLng === undefined || revealLat === undefined) return;
    if (map.getBounds().contains([revealLng, revealLat])) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    map.easeTo({ center: [revealLng, revealLat], duration: still ? 0 : 300 });
  }, [revealLng, revealLat, styleReady]);

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
      setHover(f?.id !== undefined && f.source && f.source !== CLAIM_SOURCE.points ? { source: f.source, id: f.id } : null);
      const map = mapRef.current;
      if (map) map.getCanvas().style.cursor = e.features?.some((x) => x.layer.id !== LAYER.countriesFill && x.layer.id !== LAYER.admin1Fill) ? "pointer" : "";
      if (!describe) return;
      const pick = pickOf(
        (e.features ?? []).filter((f) => clickable.includes(f.layer.id)),
        [e.lngLat.lng, e.lngLat.lat],
      );
      const key = pick ? JSON.stringify([pick.markIds, pick.areas]) : "";
      setHoverPick((prev) => (prev?.key === key ? prev : pick ? { key, pick } : null));
      if (tip.current) tip.current.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
    },
    [setHover, describe, clickable],
  );

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const base = e.features?.find((f) => f.layer.id === LAYER.admin1Fill) ?? e.features?.find((f) => f.layer.id === LAYER.countriesFill);
      if (onAreaClick && base?.id !== undefined) onAreaClick({ source: base.layer.id === LAYER.admin1Fill ? "admin1" : "countries", id: String(base.id) });
      if (!onPick) return;
      const map = mapRef.current;
      const hits = map && clickable.length ? map.queryRenderedFeatures(e.point, { layers: clickable }) : [];
      // The popup now says it all; a tooltip left over it would cover its heading.
      setHoverPick(null);
      onPick(pickOf(hits, [e.lngLat.lng, e.lngLat.lat]));
    },
    [onPick, onAreaClick, clickable],
  );

  // After each render settles, list what is drawn in view: a text alternative for screen
  // readers, and what the browser tests read to know the map really rendered.
  const onIdle = useCallback(() => {
    const map = mapRef.current;
    if (!map) return;
    const seen = new Map<string, { nameEn: string; nameAr: string }>();
    for (const f of map.queryRenderedFeatures({ layers: [LAYER.countriesFill] })) {
      const iso3 = String(f.properties.iso3 ?? "");
      if (iso3) seen.set(iso3, { nameEn: String(f.properties.nameEn ?? iso3), nameAr: String(f.properties.nameAr ?? iso3) });
    }
    setZoom(map.getZoom());
    setProvincesInView(new Set(map.queryRenderedFeatures({ layers: [LAYER.admin1Line] }).map((f) => f.id)).size);
    setInView([...seen].map(([iso3, names]) => ({ iso3, ...names })).sort((a, b) => a.iso3.localeCompare(b.iso3)));
    setState((s) => (s.kind === "error" ? s : { kind: "ready" }));
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: handles keys for the focusable map canvas inside it.
    <div
      className="relative h-full w-full"
      // Space on the focused map would scroll the page under it (the canvas is focusable for
      // MapLibre's keyboard panning and zooming, which has no use for Space).
      onKeyDown={(e) => {
        if (e.key === " " && e.target instanceof HTMLCanvasElement) e.preventDefault();
      }}
      data-testid={testId}
      data-map-state={state.kind}
      data-provinces-in-view={provincesInView}
      data-points={marks?.step?.points ?? marks?.points.features.length ?? 0}
      data-shaded={marks?.states.size ?? 0}
      data-styles={styles.current.n}
    >
      <MapGL
        ref={mapRef}
        mapStyle={style}
        mapLib={loadMapLib()}
        // MapLibre reads its locale once, at construction: a language switch remounts the map.
        key={lang}
        locale={mapLocale(lang)}
        initialViewState={camera ? { longitude: camera.center[0], latitude: camera.center[1], zoom: camera.zoom } : { bounds: home, fitBoundsOptions: { padding: 24 } }}
        style={{ width: "100%", height: "100%" }}
        interactiveLayerIds={[LAYER.countriesFill, LAYER.admin1Fill, ...clickable]}
        onMouseMove={onMouseMove}
        onMouseLeave={() => {
          setHover(null);
          setHoverPick(null);
        }}
        onClick={onClick}
        onStyleData={() => setStyleReady(true)}
        onLoad={(e) => {
          // Below 640 px MapLibre folds the credits into a button but opens it expanded, where it
          // runs under the scale bar on a phone: start it folded (one tap opens it).
          const el = e.target.getContainer();
          if (el.clientWidth < 640) el.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact-show")?.classList.remove("maplibregl-compact-show");
        }}
        onMoveEnd={(e) => {
          // Only moves a person made: the opening fit and jumps from the URL are not new views.
          if (!("originalEvent" in e) || !e.originalEvent) return;
          const c = e.target.getCenter();
          onCameraChange?.({ center: [c.lng, c.lat], zoom: e.target.getZoom() });
        }}
        onIdle={onIdle}
        onError={(e) => setState({ kind: "error", message: describeError(e.error) })}
        attributionControl={false}
        // Keep the last frame so printing (and screenshots) capture the map, not a blank canvas.
        canvasContextAttributes={{ preserveDrawingBuffer: true }}
        // Labels appear at once rather than fading in: every fade frame is a full redraw, and at
        // 200k claims under software WebGL each playback step spent seconds redrawing fades.
        fadeDuration={0}
        dragRotate={false}
        touchPitch={false}
        maxPitch={0}
      >
        {/* Controls sit at the end edge, away from where the page's own overlays start (the
            embed's legend is at the start edge): mirrored in Arabic, as MapLibre's are physical. */}
        <NavigationControl position={rtl ? "top-left" : "top-right"} showCompass={false} />
        {!compact && <ScaleControl position={rtl ? "bottom-right" : "bottom-left"} unit="metric" />}
        {/* Not compact: MapLibre then folds the credits into a button below 640 px itself, so on a
            phone they no longer run under the scale bar. */}
        <AttributionControl position={rtl ? "bottom-left" : "bottom-right"} compact={compact || undefined} />
        {children}
      </MapGL>
      {describe && (
        // Mouse-only: keyboard and screen-reader users get the same through the table and popups.
        <div
          ref={tip}
          aria-hidden
          className="pointer-events-none absolute left-0 top-0 z-10 max-w-72 rounded border border-stone-300 bg-white/95 px-2 py-1 text-xs text-stone-800 shadow"
          style={{ visibility: hoverPick ? "visible" : "hidden" }}
          data-testid="map-tooltip"
        >
          {hoverPick ? describe(hoverPick.pick) : null}
        </div>
      )}
      {heldBack > 0 && (
        <p
          lang={lang}
          dir={rtl ? "rtl" : "ltr"}
          className="pointer-events-none absolute inset-x-2 bottom-9 z-10 mx-auto w-fit max-w-[90%] rounded bg-white/90 px-2 py-0.5 text-center text-xs text-stone-700 shadow"
          data-testid="points-held-back"
          data-count={heldBack}
        >
          {heldBackNote(heldBack, lang)}
        </p>
      )}
      <MapStatus state={state} lang={lang} onRetry={() => window.location.reload()} />
      <VisibleCountries countries={inView} lang={lang} />
    </div>
  );
}

/** The claim features under a point as a pick: point marks by id, areas by base feature. */
function pickOf(hits: { source: string; id?: string | number; properties: Record<string, unknown> }[], lngLat: [number, number]): Pick | null {
  const markIds = hits.filter((f) => f.source === CLAIM_SOURCE.points).map((f) => String(f.properties.markId));
  const areas = hits.filter((f) => f.source !== CLAIM_SOURCE.points && f.id !== undefined).map((f) => ({ source: f.source, id: String(f.id) }));
  return markIds.length || areas.length ? { markIds, areas, lngLat } : null;
}

function maplibreCenter(c: LngLatLike): [number, number] {
  if (Array.isArray(c)) return [c[0], c[1]];
  return "lng" in c ? [c.lng, c.lat] : [c.lon, c.lat];
}

function describeError(err: unknown): MapError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/webgl/i.test(msg)) return "mapNoWebgl";
  if (/failed to fetch|networkerror|load/i.test(msg)) return "mapLayerFailed";
  return "mapFailed";
}
