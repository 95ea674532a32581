"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type Decoded, fromParams, toSearch } from "@/lib/view/url-codec";
import type { ViewState } from "@/lib/view/view-state";

/**
 * The view lives in the URL. Changes a person makes on purpose (filters, layers, language,
 * selection) push a history entry so Back returns to the previous view; camera moves replace
 * the current entry so panning does not flood the history. `clean` applies to URLs read on
 * Back/Forward what the server applied to the first one (dropping unknown groups).
 */
export function useViewState(initial: ViewState, clean: (d: Decoded) => Decoded = (d) => d) {
  const [view, setView] = useState(initial);
  const current = useRef(initial);
  const cleanRef = useRef(clean);
  cleanRef.current = clean;

  useEffect(() => {
    const onPop = () => {
      const next = cleanRef.current(fromParams(new URLSearchParams(window.location.search))).view;
      current.current = next;
      setView(next);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback((patch: Partial<ViewState>, mode: "push" | "replace" = "push") => {
    const next = { ...current.current, ...patch };
    const url = `${window.location.pathname}${toSearch(next)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history[mode === "push" ? "pushState" : "replaceState"](null, "", url);
    }
    current.current = next;
    setView(next);
  }, []);

  return [view, update] as const;
}
