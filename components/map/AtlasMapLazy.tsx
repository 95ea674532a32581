"use client";

import dynamic from "next/dynamic";

const load = () => import("./AtlasMap").then((m) => m.AtlasMap);

// MapLibre is large and browser-only, so it is never rendered on the server. Its download
// starts as soon as this module runs, in parallel with hydrating the page around the map,
// rather than after it: on the dashboard that wait was half a second. maplibre-gl itself is
// asked for here too: react-maplibre imports it only when the map first renders, i.e. after
// AtlasMap's own chunk has arrived, a second round trip (130 ms on the dashboard). Both
// imports name the same modules, so react-maplibre's later import() is served from memory.
if (typeof window !== "undefined") {
  void import("maplibre-gl");
  void load();
}

export const AtlasMapLazy = dynamic(load, {
  ssr: false,
  loading: () => (
    <div role="status" className="flex h-full w-full items-center justify-center bg-[#d5dee4] text-sm text-stone-700">
      Loading map…
    </div>
  ),
});
