"use client";

import dynamic from "next/dynamic";

/** MapLibre is large and browser-only: load it after the page, never on the server. */
export const AtlasMapLazy = dynamic(() => import("./AtlasMap").then((m) => m.AtlasMap), {
  ssr: false,
  loading: () => (
    <div role="status" className="flex h-full w-full items-center justify-center bg-[#d5dee4] text-sm text-stone-700">
      Loading map…
    </div>
  ),
});
