"use client";

import { useEffect, useState } from "react";

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
