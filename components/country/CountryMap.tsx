"use client";

import { useCallback, useMemo, useState } from "react";
import { Legend } from "@/components/dashboard/Legend";
import { MarkPopup } from "@/components/dashboard/MarkPopup";
import type { Pick } from "@/components/map/AtlasMap";
import { AtlasMapLazy } from "@/components/map/AtlasMapLazy";
import { mapMarks } from "@/lib/map/mark-states";
import { stepMarks } from "@/lib/map/step-marks";
import type { ActorInfo } from "@/lib/view/dashboard-model";
import { shiftKey } from "@/lib/view/legend-keys";
import type { Mark } from "@/lib/view/marks";
import { marksInCountry } from "@/lib/view/marks-in-country";
import { marksAt } from "@/lib/view/pick";
import { type CountryIso3, DEFAULT_LAYERS, NO_FILTERS, type UiLang, type ViewLayer } from "@/lib/view/view-state";

type Bounds = [[number, number], [number, number]];

/**
 * One country framed on its own: the claim marks that lie in it (not its neighbours' share of a
 * region or a joint figure), with the dashboard's legend and popups.
 */
export function CountryMap({
  marks,
  frame: wholeRange,
  actors,
  iso3,
  iso2,
  home,
  lang,
}: {
  marks: Mark[];
  /** Playback: the whole range's marks, which the map's sources keep while `marks` steps (lib/map/step-marks). */
  frame?: Mark[];
  actors: ActorInfo[];
  iso3: string;
  iso2: string;
  home: Bounds;
  lang: UiLang;
}) {
  const [layers, setLayers] = useState<ViewLayer[]>(DEFAULT_LAYERS);
  const [selection, setSelection] = useState<string | null>(null);
  const [others, setOthers] = useState<Mark[]>([]);
  const own = useMemo(() => marksInCountry(marks, iso3, iso2), [marks, iso3, iso2]);
  const styles = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const ownFrame = useMemo(
    () => (wholeRange ? mapMarks(marksInCountry(wholeRange, iso3, iso2), layers, styles, null, lang) : null),
    [wholeRange, iso3, iso2, layers, styles, lang],
  );
  const drawn = useMemo(() => {
    const now = mapMarks(own, layers, styles, selection, lang);
    return ownFrame ? stepMarks(ownFrame, now) : now;
  }, [ownFrame, own, layers, styles, selection, lang]);
  const counts = useMemo(
    () => Object.fromEntries(DEFAULT_LAYERS.concat("activity").map((l) => [l, own.filter((m) => m.layer === l).reduce((n, m) => n + m.claims, 0)])) as Record<ViewLayer, number>,
    [own],
  );
  // `home` arrives as a fresh array on each render of the server tree; the map refits when it changes.
  const frame = useMemo<Bounds>(() => home, [home[0][0], home[0][1], home[1][0], home[1][1]]); // eslint-disable-line react-hooks/exhaustive-deps
  const onPick = useCallback(
    (pick: Pick | null) => {
      const found = pick ? marksAt(pick, own, layers) : [];
      setOthers(found.slice(1));
      setSelection(found[0]?.id ?? null);
    },
    [own, layers],
  );
  const selected = own.find((m) => m.id === selection && layers.includes(m.layer));
  return (
    <div className="flex h-full flex-col md:flex-row">
      <div className="min-h-64 flex-1">
        <AtlasMapLazy camera={null} home={frame} marks={drawn} layers={layers} lang={lang} onPick={onPick}>
          {selected && (
            <MarkPopup
              mark={selected}
              others={others.filter((o) => o.id !== selected.id)}
              filters={{ ...NO_FILTERS, countries: [iso3 as CountryIso3] }}
              actors={styles}
              lang={lang}
              onSelect={setSelection}
              onClose={() => setSelection(null)}
            />
          )}
        </AtlasMapLazy>
      </div>
      <div className="max-h-48 overflow-y-auto border-t border-stone-300 bg-white p-3 md:max-h-none md:w-64 md:border-s md:border-t-0" data-testid="country-legend">
        <Legend layers={layers} counts={counts} shift={shiftKey(actors, own)} lang={lang} onToggle={(l, on) => setLayers((ls) => (on ? [...ls, l] : ls.filter((x) => x !== l)))} />
      </div>
    </div>
  );
}
