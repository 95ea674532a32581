"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { type PlayState, withPlayState } from "@/lib/time/play-params";
import type { UiLang } from "@/lib/view/view-state";
import { PlayControl } from "./PlayControl";

/**
 * The play control for a page drawn on the server from its URL (the comparison, whose regions
 * are cut from whole claims there): each step is a navigation to the same page with the new
 * `at`, and the control waits for it to render before the next.
 */
export function RoutedPlayback({ first, last, state, lang }: { first: string | null; last: string | null; state: PlayState; lang: UiLang }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const onChange = useCallback(
    (patch: Partial<PlayState>, mode: "push" | "replace" = "push") => {
      const url = `${pathname}${withPlayState(window.location.search, { ...state, ...patch })}`;
      startTransition(() => (mode === "push" ? router.push(url, { scroll: false }) : router.replace(url, { scroll: false })));
    },
    [pathname, state, router],
  );
  return (
    <div className="max-w-md" aria-busy={pending}>
      <PlayControl first={first} last={last} at={state.at} play={state.play} window={state.window} busy={pending} lang={lang} onChange={onChange} />
    </div>
  );
}
