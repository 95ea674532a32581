"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { CountryMap } from "@/components/country/CountryMap";
import type { PlayState } from "@/lib/time/play-params";
import type { ActorInfo } from "@/lib/view/dashboard-model";
import type { Mark } from "@/lib/view/marks";
import { type CountryIso3, DEFAULT_LAYERS, filtersOf, NO_FILTERS, type UiLang } from "@/lib/view/view-state";
import { AsOfNote } from "./AsOfNote";
import { PlayControl } from "./PlayControl";
import { useAsOfView } from "./use-as-of";
import { usePlayState } from "./use-play-state";

type Bounds = [[number, number], [number, number]];
type Props = {
  iso3: string;
  iso2: string;
  home: Bounds;
  lang: UiLang;
  name: string;
  marks: Mark[];
  actors: ActorInfo[];
  first: string | null;
  last: string | null;
  initial: PlayState;
};

/**
 * A country's map with the timeline's play control: the server draws the first view (as of the
 * URL's `at`), and from the first use of the control every step is cut in the browser from the
 * country's series (lib/time/series), with the URL following each step. Stepping, the map keeps
 * the whole range's marks in its sources and draws each step as feature state (the dashboard's
 * path, lib/map/step-marks): no new style at a step.
 */
export function CountryPlayback({ iso3, iso2, home, lang, name, marks, actors, first, last, initial }: Props) {
  const [s, update] = usePlayState(initial);
  const [stepping, setStepping] = useState(false);
  const filters = useMemo(() => filtersOf({ ...NO_FILTERS, countries: [iso3 as CountryIso3], ...s }), [iso3, s]);
  const asOf = useAsOfView(filters, DEFAULT_LAYERS, { enabled: stepping });
  // Until the series is in, the map keeps what it shows (the control says it is busy).
  const held = useRef(marks);
  const shown = stepping ? (asOf.view?.marks ?? (s.at === null ? asOf.whole?.marks : undefined) ?? held.current) : marks;
  held.current = shown;
  const onChange = useCallback(
    (patch: Partial<PlayState>, mode?: "push" | "replace") => {
      setStepping(true);
      update(patch, mode);
    },
    [update],
  );
  const windowMonths = s.at && s.play === "window" ? s.window : null;
  return (
    <>
      {/* Focus on the control already asks for playback's data, so the first step rarely waits. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: focus bubbling up from the control inside, not an interaction with this wrapper. */}
      <div className="mt-4 max-w-md" onFocus={() => setStepping(true)}>
        <PlayControl first={first} last={last} at={s.at} play={s.play} window={s.window} busy={asOf.loading} lang={lang} onChange={onChange} />
      </div>
      {s.at && (
        <div className="mt-2">
          <AsOfNote at={s.at} windowMonths={windowMonths} lang={lang} />
        </div>
      )}
      <section aria-label={name} aria-busy={asOf.loading} id="map" className="mt-4 h-[55vh] min-h-80 overflow-hidden rounded border border-stone-300">
        <CountryMap marks={shown} frame={stepping ? asOf.whole?.marks : undefined} actors={actors} iso3={iso3} iso2={iso2} home={home} lang={lang} />
      </section>
    </>
  );
}
