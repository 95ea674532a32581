"use client";

import { useEffect } from "react";

/** Added to the passage the URL's hash names; the literal list keeps Tailwind generating them. */
export const TARGET_CLASSES = ["passage-target", "bg-amber-50", "ring-2", "ring-amber-600"] as const;

function idOf(hash: string): string | null {
  if (hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

function targetOf(id: string | null): HTMLElement | null {
  const el = id ? document.getElementById(id) : null;
  // Only passages: a hash naming anything else on the page is left to the browser.
  return el?.dataset.passage !== undefined ? el : null;
}

/**
 * A long article is served a page at a time, and links to a passage (map popups, exports, the
 * claims table) carry only its anchor. When the anchor names a passage that is not on this
 * page, ask the server for the page that holds it: `?passage=<id>` redirects there, hash kept.
 * Asked once: a URL that already carries `passage` is where the server said to look.
 */
export function pageUrlFor(id: string, location: Pick<Location, "pathname" | "search" | "hash">): string | null {
  if (!/^p-[a-z0-9]{1,64}$/.test(id)) return null;
  const q = new URLSearchParams(location.search);
  if (q.has("passage")) return null;
  q.delete("page");
  q.set("passage", id);
  return `${location.pathname}?${q.toString()}${location.hash}`;
}

/**
 * CSS :target shows the linked passage, but it does not move focus: screen readers and keyboard
 * users would still start at the top. On load and on every hash change, this moves focus to the
 * passage (it has tabIndex=-1) and marks it with a class that stays after focus moves on.
 */
export function PassageFocus({ paged = false }: { /** The article has more than one page. */ paged?: boolean }) {
  useEffect(() => {
    let current: HTMLElement | null = null;
    const apply = () => {
      current?.classList.remove(...TARGET_CLASSES);
      const id = idOf(window.location.hash);
      current = targetOf(id);
      if (!current && id && paged && !document.getElementById(id)) {
        const url = pageUrlFor(id, window.location);
        if (url) window.location.replace(url);
      }
      if (!current) return;
      current.classList.add(...TARGET_CLASSES);
      current.focus({ preventScroll: true });
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      current.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, [paged]);
  return null;
}
