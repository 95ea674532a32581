"use client";

import { type KeyboardEvent, useCallback, useState } from "react";
import { messages } from "@/lib/i18n/messages";
import { hoverSummary } from "@/lib/view/hover-summary";
import { markOrder, stepMark } from "@/lib/view/mark-order";
import { marksAt } from "@/lib/view/pick";
import { filtersOf, type ViewState } from "@/lib/view/view-state";
import type { Pick } from "../map/AtlasMap";
import { AtlasMapLazy } from "../map/AtlasMapLazy";
import { HoverTip } from "./HoverTip";
import { MarkPopup } from "./MarkPopup";
import type { useViewModel } from "./use-view-model";

/**
 * A view's map: the camera and selection read from and written to the view (the URL), the
 * marks drawn, and the popup of the selected mark. The dashboard and the embed both show this.
 */
export function ViewMap({
  view,
  update,
  vm,
  compact = false,
}: {
  view: ViewState;
  update: (patch: Partial<ViewState>, mode?: "push" | "replace") => void;
  vm: ReturnType<typeof useViewModel>;
  compact?: boolean;
}) {
  const { drawn, selected, others, actors, onPick, model } = vm;
  const describe = useCallback(
    (pick: Pick) => {
      const summary = hoverSummary(marksAt(pick, model.marks, view.layers), model.sources, view.lang);
      return summary && <HoverTip summary={summary} lang={view.lang} />;
    },
    [model.marks, model.sources, view.layers, view.lang],
  );
  const [reveal, setReveal] = useState<[number, number] | null>(null);
  const [keysShown, setKeysShown] = useState(false);
  // N / P from the focused map (or its open popup) step through the features drawn, so a keyboard
  // user reaches each one on the map itself, not only through the table (issue 18 item 16).
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const t = e.target;
      if (e.altKey || e.ctrlKey || e.metaKey || t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return;
      const key = e.key.toLowerCase();
      if (key !== "n" && key !== "p") return;
      // Ordered on the key press, not at each render: a playback step would sort ~10,000 marks for nothing.
      const next = stepMark(markOrder(model.marks, view.layers, view.lang === "ar"), view.selection, key === "n" ? 1 : -1);
      if (!next) return;
      e.preventDefault();
      setReveal(next.point);
      update({ selection: next.id }, "replace");
    },
    [model.marks, view.layers, view.lang, view.selection, update],
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: catches the keys and focus of the map canvas inside it (N/P, Escape), which is focusable itself.
    <div className="relative h-full w-full" onKeyDown={onKeyDown} onFocus={(e) => setKeysShown(e.target instanceof HTMLCanvasElement)} onBlur={() => setKeysShown(false)}>
      <AtlasMapLazy
        camera={view.center && view.zoom !== null ? { center: view.center, zoom: view.zoom } : null}
        onCameraChange={(c) => update({ center: c.center, zoom: c.zoom }, "replace")}
        marks={drawn}
        layers={view.layers}
        lang={view.lang}
        onPick={onPick}
        describe={describe}
        compact={compact}
        reveal={reveal}
      >
        {selected && (
          <MarkPopup
            mark={selected}
            others={others}
            filters={filtersOf(view)}
            unreviewed={!!view.unreviewed}
            actors={actors}
            lang={view.lang}
            onSelect={(id) => update({ selection: id })}
            onClose={() => update({ selection: null })}
          />
        )}
      </AtlasMapLazy>
      {keysShown && (
        <p
          role="note"
          lang={view.lang}
          dir={view.lang === "ar" ? "rtl" : "ltr"}
          className="pointer-events-none absolute inset-x-2 top-2 z-10 mx-auto w-fit max-w-[90%] rounded bg-stone-900/85 px-2 py-1 text-center text-xs text-white"
          data-testid="map-keys"
        >
          {messages(view.lang).mapKeys}
        </p>
      )}
    </div>
  );
}
