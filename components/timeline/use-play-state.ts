"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type PlayState, withPlayState } from "@/lib/time/play-params";
import { fromParams } from "@/lib/view/url-codec";

/**
 * Playback's state on a page that is not the dashboard (country, comparison, group): held in
 * the URL (`at`, `play`, `window`) with the page's other parameters kept. A person's change
 * pushes a history entry; playing steps replace it, so Back leaves the playback. Back and
 * Forward read the state back from the URL.
 */
export function usePlayState(initial: PlayState) {
  const [state, setState] = useState(initial);
  const current = useRef(initial);
  useEffect(() => {
    const onPop = () => {
      const { at, play, window: w } = fromParams(new URLSearchParams(window.location.search)).view;
      current.current = { at, play, window: w };
      setState(current.current);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const update = useCallback((patch: Partial<PlayState>, mode: "push" | "replace" = "push") => {
    const next = { ...current.current, ...patch };
    const url = `${window.location.pathname}${withPlayState(window.location.search, next)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history[mode === "push" ? "pushState" : "replaceState"](null, "", url);
    current.current = next;
    setState(next);
  }, []);
  return [state, update] as const;
}
