"use client";

import { useMemo } from "react";
import { AtlasMapLazy } from "@/components/map/AtlasMapLazy";
import { type ActorStyle, mapMarks } from "@/lib/map/mark-states";
import type { Mark } from "@/lib/view/marks";
import { DEFAULT_LAYERS, type UiLang } from "@/lib/view/view-state";

type Bounds = [[number, number], [number, number]];

/** One country framed on its own: the claim marks of claims about it, on the shared base map. */
export function CountryMap({ marks, actors, home, lang }: { marks: Mark[]; actors: (ActorStyle & { id: string })[]; home: Bounds; lang: UiLang }) {
  const styles = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const drawn = useMemo(() => mapMarks(marks, DEFAULT_LAYERS, styles, null, lang), [marks, styles, lang]);
  // `home` arrives as a fresh array on each render of the server tree; the map refits when it changes.
  const frame = useMemo<Bounds>(() => home, [home[0][0], home[0][1], home[1][0], home[1][1]]); // eslint-disable-line react-hooks/exhaustive-deps
  return <AtlasMapLazy camera={null} home={frame} marks={drawn} layers={DEFAULT_LAYERS} lang={lang} />;
}
