"use client";

import { useEffect, useMemo, useState } from "react";
import { asOfText } from "@/lib/time/as-of-label";
import { PLAY_TEXT } from "@/lib/time/play-labels";
import { atEnd, playSteps, stepDelay, stepFrom } from "@/lib/time/play";
import type { PlayMode, UiLang } from "@/lib/view/view-state";

type Patch = { at?: string | null; play?: PlayMode; window?: number };

/** Whether the person asked for less motion; playback then holds each step longer. */
function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const q = window.matchMedia("(prefers-reduced-motion: reduce)");
    setReduced(q.matches);
    const on = () => setReduced(q.matches);
    q.addEventListener("change", on);
    return () => q.removeEventListener("change", on);
  }, []);
  return reduced;
}

/**
 * Plays the timeline: each step sets `at` (the URL's as-of month), month by month or year by
 * year over a wide range, cumulative or as a moving window. It waits for the map's data of a
 * step (`busy`) before the next, stops at the end, and says each step to screen readers.
 * Keyboard: the buttons take Space and Enter; arrows step (mirrored right-to-left), Home/End.
 * Steps replace the history entry while playing, so Back leaves the playback, not one month.
 */
export function PlayControl({
  first,
  last,
  at,
  play,
  window: windowMonths,
  busy,
  lang,
  onChange,
  prefetch,
}: {
  first: string | null;
  last: string | null;
  at: string | null;
  play: PlayMode;
  window: number;
  busy: boolean;
  lang: UiLang;
  onChange: (patch: Patch, mode?: "push" | "replace") => void;
  prefetch?: (at: string) => void;
}) {
  const t = PLAY_TEXT[lang];
  const steps = useMemo(() => (first && last ? playSteps(first, last) : []), [first, last]);
  const [playing, setPlaying] = useState(false);
  // Steps taken since Play was last pressed (the bench reads it to count frames per step).
  const [played, setPlayed] = useState(0);
  const reduced = useReducedMotion();

  // The next step's data is asked for while this one shows: a step then costs drawing only.
  useEffect(() => {
    if (!prefetch || at === null || atEnd(steps, at)) return;
    const next = stepFrom(steps, at, 1);
    if (next) prefetch(next);
  }, [prefetch, at, steps]);

  useEffect(() => {
    if (!playing || busy) return;
    if (atEnd(steps, at)) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => (setPlayed((n) => n + 1), onChange({ at: stepFrom(steps, at, 1) }, "replace")), stepDelay(reduced));
    return () => clearTimeout(timer);
  }, [playing, busy, at, steps, reduced, onChange]);

  if (steps.length === 0) return null;
  const toggle = () => {
    if (playing) return setPlaying(false);
    // From the end (or no date yet) Play starts over at the first step, shown at once.
    if (at === null || atEnd(steps, at)) onChange({ at: steps[0]! });
    setPlayed(0);
    setPlaying(true);
  };
  const step = (delta: number) => {
    setPlaying(false);
    onChange({ at: stepFrom(steps, at, delta) });
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const forward = lang === "ar" ? "ArrowLeft" : "ArrowRight";
    const backward = lang === "ar" ? "ArrowRight" : "ArrowLeft";
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.key === forward) step(1);
    else if (e.key === backward) step(-1);
    else if (e.key === "Home") step(-steps.length);
    else if (e.key === "End") step(steps.length);
    else return;
    e.preventDefault();
  };
  const button = "rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-blue-700";
  const said = at ? `${asOfText(at, lang, play === "window" ? windowMonths : null)}${playing && atEnd(steps, at) ? ` · ${t.ended}` : ""}` : t.allDates;
  return (
    <div role="group" aria-label={t.group} aria-describedby="play-hint" onKeyDown={onKeyDown} className="space-y-1" data-testid="play-control" data-steps-played={played}>
      <div className="flex flex-wrap items-center gap-1">
        <button type="button" className={button} onClick={() => step(-1)} aria-label={t.back} data-testid="play-back">
          <span aria-hidden>{lang === "ar" ? "▶︎|" : "|◀︎"}</span>
        </button>
        <button type="button" className={`${button} min-w-16 font-semibold`} onClick={toggle} aria-pressed={playing} data-testid="play-toggle">
          {playing ? t.pause : t.play}
        </button>
        <button type="button" className={button} onClick={() => step(1)} aria-label={t.forward} data-testid="play-forward">
          <span aria-hidden>{lang === "ar" ? "|◀︎" : "▶︎|"}</span>
        </button>
        {at && (
          <button type="button" className={button} onClick={() => (setPlaying(false), onChange({ at: null }))} data-testid="play-clear">
            {t.clear}
          </button>
        )}
      </div>
      <p aria-live="polite" aria-atomic="true" className="text-sm font-medium tabular-nums" data-testid="play-step">
        {said}
      </p>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <label className="flex items-center gap-1">
          {t.mode}
          <select className="rounded border border-stone-300 px-1 py-0.5" value={play} onChange={(e) => onChange({ play: e.target.value as PlayMode })} data-testid="play-mode">
            <option value="cumulative">{t.cumulative}</option>
            <option value="window">{t.window}</option>
          </select>
        </label>
        {play === "window" && (
          <label className="flex items-center gap-1">
            {t.windowMonths}
            <input
              type="number"
              min={1}
              max={120}
              className="w-14 rounded border border-stone-300 px-1 py-0.5"
              value={windowMonths}
              onChange={(e) => Number(e.target.value) >= 1 && Number(e.target.value) <= 120 && onChange({ window: Math.round(Number(e.target.value)) })}
              data-testid="play-window"
            />
          </label>
        )}
      </div>
      <p id="play-hint" className="text-[11px] text-stone-500">
        {t.hint}
      </p>
    </div>
  );
}
