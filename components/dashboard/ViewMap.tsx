"use client";

import { useCallback } from "react";
import { hoverSummary } from "@/lib/view/hover-summary";
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
export function ViewMap({ view, update, vm, compact = false }: { view: ViewState; update: (patch: Partial<ViewState>, mode?: "push" | "replace") => void; vm: ReturnType<typeof useViewModel>; compact?: boolean }) {
  const { drawn, selected, others, actors, onPick, model } = vm;
  const describe = useCallback(
    (pick: Pick) => {
      const summary = hoverSummary(marksAt(pick, model.marks, view.layers), model.sources, view.lang);
      return summary && <HoverTip summary={summary} lang={view.lang} />;
    },
    [model.marks, model.sources, view.layers, view.lang],
  );
  return (
    <AtlasMapLazy
      camera={view.center && view.zoom !== null ? { center: view.center, zoom: view.zoom } : null}
      onCameraChange={(c) => update({ center: c.center, zoom: c.zoom }, "replace")}
      marks={drawn}
      layers={view.layers}
      lang={view.lang}
      onPick={onPick}
      describe={describe}
      compact={compact}
    >
      {selected && <MarkPopup mark={selected} others={others} filters={filtersOf(view)} actors={actors} lang={view.lang} onSelect={(id) => update({ selection: id })} onClose={() => update({ selection: null })} />}
    </AtlasMapLazy>
  );
}
