"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlayState } from "@/lib/time/play-params";
import { toSearch } from "@/lib/view/url-codec";
import { DEFAULT_LAYERS, DEFAULT_VIEW, filtersOf, NO_FILTERS, type UiLang } from "@/lib/view/view-state";
import { AsOfNote } from "./AsOfNote";
import { PlayControl } from "./PlayControl";
import { useAsOfView } from "./use-as-of";
import { usePlayState } from "./use-play-state";

// Only a page whose timeline is played loads the map and MapLibre.
const GroupStepMap = dynamic(() => import("./GroupStepMap"), { ssr: false });

type Props = { group: string; lang: UiLang; alt: string; linkText: string; first: string | null; last: string | null; initial: PlayState };

/**
 * A group's map is the server's own drawing of its view (no map script needed to read it), and
 * links to the dashboard's same view. From the first use of the play control, the group's whole
 * range and series are fetched once and the steps are cut in the browser and drawn on a map
 * (GroupStepMap), as on the dashboard: a step is then a computation and one redraw, not a
 * server drawing (seconds each at 200k claims). Until they are in, the image steps and the
 * control waits for each image.
 */
export function GroupPlayback({ group, lang, alt, linkText, first, last, initial }: Props) {
  const [s, update] = usePlayState(initial);
  // Focus on the control asks for playback's data; the map replaces the image once a step is taken.
  const [wanted, setWanted] = useState(false);
  const [played, setPlayed] = useState(false);
  const search = toSearch({ ...DEFAULT_VIEW, actors: [group], lang, ...s });
  const src = `/api/static-map.svg${search}${search ? "&" : "?"}width=960&height=540`;
  const filters = useMemo(() => filtersOf({ ...NO_FILTERS, actors: [group], ...s }), [group, s]);
  const asOf = useAsOfView(filters, DEFAULT_LAYERS, { enabled: wanted || played });
  const marks = asOf.view?.marks ?? (s.at === null ? asOf.whole?.marks : undefined);
  const onMap = played && !!marks && !!asOf.whole;
  // The image last drawn: the control is busy until the one asked for is in.
  const [drawn, setDrawn] = useState<string | null>(null);
  const img = useRef<HTMLImageElement>(null);
  // The server's image may have loaded before the page was interactive: no load event then.
  useEffect(() => {
    if (img.current?.complete) setDrawn(img.current.getAttribute("src"));
  }, []);
  const onChange = useCallback(
    (patch: Partial<PlayState>, mode?: "push" | "replace") => {
      setPlayed(true);
      update(patch, mode);
    },
    [update],
  );
  const busy = onMap ? false : played && asOf.loading ? true : drawn !== src;
  return (
    <div className="space-y-2">
      {/* Focus on the control already asks for playback's data, so the first step rarely waits. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: focus bubbling up from the control inside, not an interaction with this wrapper. */}
      <div className="max-w-md" onFocus={() => setWanted(true)}>
        <PlayControl first={first} last={last} at={s.at} play={s.play} window={s.window} busy={busy} lang={lang} onChange={onChange} />
      </div>
      {s.at && <AsOfNote at={s.at} windowMonths={s.play === "window" ? s.window : null} lang={lang} />}
      {onMap && asOf.whole && marks && <GroupStepMap marks={marks} frame={asOf.whole.marks} actors={asOf.whole.actors} lang={lang} label={alt} />}
      <a href={`/${search}`} className="block" data-testid="group-map-link" aria-busy={busy}>
        {!onMap && (
          <img
            ref={img}
            src={src}
            width={960}
            height={540}
            alt={alt}
            onLoad={() => setDrawn(src)}
            onError={() => setDrawn(src)}
            className="h-auto w-full max-w-4xl rounded border border-stone-300"
            data-testid="group-map"
          />
        )}
        <span className="mt-1 inline-block text-sm text-sky-900 underline">{linkText} ↗</span>
      </a>
    </div>
  );
}
