"use client";

import type { ViewState } from "@/lib/view/view-state";
import { AtlasMapLazy } from "../map/AtlasMapLazy";
import { MarkPopup } from "./MarkPopup";
import type { useViewModel } from "./use-view-model";

/**
 * A view's map: the camera and selection read from and written to the view (the URL), the
 * marks drawn, and the popup of the selected mark. The dashboard and the embed both show this.
 */
export function ViewMap({ view, update, vm, compact = false }: { view: ViewState; update: (patch: Partial<ViewState>, mode?: "push" | "replace") => void; vm: ReturnType<typeof useViewModel>; compact?: boolean }) {
  const { drawn, selected, others, claimsById, actors, onPick } = vm;
  return (
    <AtlasMapLazy
      camera={view.center && view.zoom !== null ? { center: view.center, zoom: view.zoom } : null}
      onCameraChange={(c) => update({ center: c.center, zoom: c.zoom }, "replace")}
      marks={drawn}
      layers={view.layers}
      lang={view.lang}
      onPick={onPick}
      compact={compact}
    >
      {selected && <MarkPopup mark={selected} others={others} claims={claimsById} actors={actors} lang={view.lang} onSelect={(id) => update({ selection: id })} onClose={() => update({ selection: null })} />}
    </AtlasMapLazy>
  );
}
