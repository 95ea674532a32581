"use client";

import { useEffect } from "react";

/** Added to the passage the URL's hash names; the literal list keeps Tailwind generating them. */
export const TARGET_CLASSES = ["passage-target", "bg-amber-50", "ring-2", "ring-amber-600"] as const;

function targetOf(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const el = document.getElementById(id);
  // Only passages: a hash naming anything else on the page is left to the browser.
  return el?.dataset.passage !== undefined ? el : null;
}

/**
 * CSS :target shows the linked passage, but it does not move focus: screen readers and keyboard
 * users would still start at the top. On load and on every hash change, this moves focus to the
 * passage (it has tabIndex=-1) and marks it with a class that stays after focus moves on.
 */
export function PassageFocus() {
  useEffect(() => {
    let current: HTMLElement | null = null;
    const apply = () => {
      current?.classList.remove(...TARGET_CLASSES);
      current = targetOf(window.location.hash);
      if (!current) return;
      current.classList.add(...TARGET_CLASSES);
      current.focus({ preventScroll: true });
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      current.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, []);
  return null;
}
