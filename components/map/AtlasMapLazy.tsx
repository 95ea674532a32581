"use client";

import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import { messages } from "@/lib/i18n/messages";
import type { UiLang } from "@/lib/view/view-state";
import type { AtlasMapProps } from "./AtlasMap";
import { loadMapLib, preloadMapLib } from "./maplibre";

const load = () => import("./AtlasMap").then((m) => m.AtlasMap);

// MapLibre is large and browser-only, so the map is never rendered on the server. Its chunk,
// MapLibre and MapLibre's worker are all asked for as soon as this module runs, in parallel with
// hydrating the page around the map, rather than one after another once the map first renders.
if (typeof window !== "undefined") {
  void loadMapLib();
  void load();
}

// next/dynamic's placeholder gets no props: the interface language reaches it through context.
const LangOfMap = createContext<UiLang>("en");

function Placeholder() {
  return (
    <div role="status" className="flex h-full w-full items-center justify-center bg-[#d5dee4] text-sm text-stone-700">
      {messages(useContext(LangOfMap)).mapLoading}
    </div>
  );
}

const LazyMap = dynamic(load, { ssr: false, loading: Placeholder });

/** AtlasMap, loaded on the client only; the server names MapLibre in the page's head so its download starts with the page's. */
export function AtlasMapLazy(props: AtlasMapProps) {
  preloadMapLib();
  return (
    <LangOfMap.Provider value={props.lang ?? "en"}>
      <LazyMap {...props} />
    </LangOfMap.Provider>
  );
}
