"use client";

import { useEffect, useRef, useState } from "react";
import { filtersToParams } from "@/lib/view/url-codec";
import type { Filters } from "@/lib/view/view-state";

/**
 * `value` once it has stayed the same for `ms`: what a playing timeline hands to the claims
 * table, so the table asks for its rows (up to 2,000, read from the store) when playback rests,
 * not at every step. A step costs the map's redraw only.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

/** The same object as long as the filters say the same (as their URL does). */
export function useStableFilters(f: Filters): Filters {
  const kept = useRef({ key: "", f });
  const key = filtersToParams(f).toString();
  if (kept.current.key !== key) kept.current = { key, f };
  return kept.current.f;
}

/** `total` when `current` (it counts what the table shows), else the last such total. */
export function useSettledTotal(total: number, current: boolean): number {
  const kept = useRef(total);
  if (current) kept.current = total;
  return kept.current;
}
