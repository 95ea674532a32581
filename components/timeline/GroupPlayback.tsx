"use client";

import { useEffect, useRef, useState } from "react";
import type { PlayState } from "@/lib/time/play-params";
import { toSearch } from "@/lib/view/url-codec";
import { DEFAULT_VIEW, type UiLang } from "@/lib/view/view-state";
import { AsOfNote } from "./AsOfNote";
import { PlayControl } from "./PlayControl";
import { usePlayState } from "./use-play-state";

type Props = { group: string; lang: UiLang; alt: string; linkText: string; first: string | null; last: string | null; initial: PlayState };

/**
 * A group's map is the server's own drawing of its view (no map script needed to read it), and
 * links to the dashboard's same view. Playing steps the drawing's `at` and waits for each image
 * before the next step; the image says "as of …" in its legend and credits itself.
 */
export function GroupPlayback({ group, lang, alt, linkText, first, last, initial }: Props) {
  const [s, update] = usePlayState(initial);
  const search = toSearch({ ...DEFAULT_VIEW, actors: [group], lang, ...s });
  const src = `/api/static-map.svg${search}${search ? "&" : "?"}width=960&height=540`;
  // The image last drawn: the control is busy until the one asked for is in.
  const [drawn, setDrawn] = useState<string | null>(null);
  const img = useRef<HTMLImageElement>(null);
  // The server's image may have loaded before the page was interactive: no load event then.
  useEffect(() => {
    if (img.current?.complete) setDrawn(img.current.getAttribute("src"));
  }, []);
  return (
    <div className="space-y-2">
      <div className="max-w-md">
        <PlayControl first={first} last={last} at={s.at} play={s.play} window={s.window} busy={drawn !== src} lang={lang} onChange={update} />
      </div>
      {s.at && <AsOfNote at={s.at} windowMonths={s.play === "window" ? s.window : null} lang={lang} />}
      <a href={`/${search}`} className="block" data-testid="group-map-link" aria-busy={drawn !== src}>
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
        <span className="mt-1 inline-block text-sm text-sky-900 underline">{linkText} ↗</span>
      </a>
    </div>
  );
}
