"use client";

import { useSyncExternalStore } from "react";
import { switchLangHref } from "@/lib/reader/links";
import type { UiLang } from "@/lib/view/view-state";

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/**
 * The same page in the other interface language. The server knows the path and query but not
 * the hash (the passage being read), so the hash is added here once the page is live.
 */
export function LangSwitch({ pathname, search, to, label }: { pathname: string; search: string; to: UiLang; label: string }) {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => "",
  );
  return (
    <a
      href={switchLangHref(pathname, search, hash, to)}
      lang={to}
      hrefLang={to}
      className="rounded px-2 py-1 text-sm font-semibold text-sky-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700"
    >
      {label}
    </a>
  );
}
