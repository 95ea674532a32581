import { messages } from "@/lib/i18n/messages";
import type { UiLang } from "@/lib/view/view-state";

export type MapError = "mapNoWebgl" | "mapLayerFailed" | "mapFailed";
export type MapState = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: MapError };

/** The map's loading and error states, drawn over it so the page is never a blank rectangle. */
export function MapStatus({ state, onRetry, lang }: { state: MapState; onRetry: () => void; lang: UiLang }) {
  if (state.kind === "ready") return null;
  const t = messages(lang);
  if (state.kind === "loading") {
    return (
      <div role="status" className="pointer-events-none absolute inset-0 flex items-center justify-center bg-[#d5dee4]/60">
        <span className="flex items-center gap-2 rounded bg-white/90 px-3 py-2 text-sm text-stone-700 shadow">
          <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-stone-400 border-t-transparent" />
          {t.mapLoading}
        </span>
      </div>
    );
  }
  return (
    <div
      role="alert"
      className="absolute inset-x-0 top-4 mx-auto flex w-fit max-w-[90%] items-center gap-3 rounded border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-900 shadow"
    >
      <span>{t[state.message]}</span>
      <button type="button" onClick={onRetry} className="rounded border border-red-400 px-2 py-0.5 hover:bg-red-100 focus-visible:outline-2">
        {t.mapRetry}
      </button>
    </div>
  );
}
