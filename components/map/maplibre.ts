"use client";

import type * as MapLibre from "maplibre-gl";
import { preloadModule } from "react-dom";

/**
 * MapLibre as published (dist/maplibre-gl.mjs) and its worker, served from public/ where the
 * build copies them (scripts/copy-static-assets.mjs). A fixed URL, unlike a bundler chunk's
 * hashed name, can be named in the page's HTML, so the browser fetches MapLibre alongside the
 * page's own scripts instead of after hydration has run the code that asks for it. The version
 * (from next.config.js) is in the path, so browsers may cache both files for good.
 */
const DIR = `/maplibre/${process.env.MAPLIBRE_VERSION}`;
export const MAPLIBRE_URL = `${DIR}/maplibre-gl.mjs`;
export const WORKER_URL = `${DIR}/maplibre-gl-worker.mjs`;

/** Call while rendering a page that will show a map: emits <link rel="modulepreload"> into its head. */
export function preloadMapLib(): void {
  preloadModule(MAPLIBRE_URL);
}

/** The module itself, from the app's own copy (the bundler leaves this import alone). */
function importMapLib(): Promise<typeof MapLibre> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_URL) as Promise<typeof MapLibre>;
}

let loading: Promise<typeof MapLibre> | undefined;

/**
 * MapLibre, with its worker already starting. A map creates its worker only when it is
 * constructed, after the map's own chunk has arrived and React has rendered it; the worker then
 * still has to fetch and compile half a megabyte of script before it can parse a single layer.
 * prewarm() starts that as soon as MapLibre itself has loaded, and keeps the worker for the next
 * map (a page change from the dashboard to a country page reuses it).
 */
export function loadMapLib(): Promise<typeof MapLibre> {
  loading ??= importMapLib().then(
    (ml) => {
      ml.setWorkerUrl(WORKER_URL);
      ml.prewarm();
      return ml;
    },
    (err: unknown) => {
      loading = undefined; // a retry fetches it again
      throw err;
    },
  );
  return loading;
}
