"use client";

import { useCallback, useEffect, useState } from "react";
import { dirOf, messages } from "@/lib/i18n/messages";
import { LAYER_LABEL } from "@/lib/i18n/labels";
import { ACTIVITY_RAMP, LOSS_RAMP, RECRUIT_COLOR } from "@/lib/map/claim-layers";
import type { DashboardModel } from "@/lib/view/dashboard-model";
import { toSearch } from "@/lib/view/url-codec";
import type { ViewLayer, ViewState } from "@/lib/view/view-state";
import { useViewModel } from "../dashboard/use-view-model";
import { useViewState } from "../dashboard/use-view-state";
import { ViewMap } from "../dashboard/ViewMap";

const SWATCH: Record<ViewLayer, string> = {
  "territorial-loss": LOSS_RAMP[2],
  "recruitment-hotspots": RECRUIT_COLOR,
  "allegiance-shifts": "#8c2d04",
  activity: ACTIVITY_RAMP[2],
};

/**
 * The map alone, for other sites' iframes: the same URL state as the dashboard, a compact
 * legend, the sources, the attribution and a link back to the full view. Fills any frame.
 */
export function EmbedView({ initialView, initialModel }: { initialView: ViewState; initialModel: DashboardModel }) {
  const [view, update] = useViewState(initialView);
  const select = useCallback((selection: string | null) => update({ selection }), [update]);
  const vm = useViewModel(view, initialView, initialModel, select);
  const { model } = vm;
  const t = messages(view.lang);
  const articles = new Set(model.claims.map((c) => c.article)).size;
  // The legend starts open in roomy frames and folded in small ones (a 300x200 slot).
  const [legendOpen, setLegendOpen] = useState(false);
  useEffect(() => setLegendOpen(window.innerWidth >= 480 && window.innerHeight >= 320), []);
  return (
    <div dir={dirOf(view.lang)} lang={view.lang} className="relative h-dvh w-full overflow-hidden bg-[#d5dee4] text-stone-900">
      <ViewMap view={view} update={update} vm={vm} compact />
      <details className="absolute start-2 top-2 max-w-[60%] rounded bg-white/90 text-xs shadow" data-testid="embed-legend" open={legendOpen} onToggle={(e) => setLegendOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer px-2 py-1 font-semibold">{t.legend}</summary>
        <ul className="space-y-0.5 px-2 pb-1">
          {view.layers.map((l) => (
            <li key={l} className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: SWATCH[l] }} />
              <span className="flex-1">{LAYER_LABEL[view.lang][l]}</span>
              <span className="tabular-nums text-stone-500">{model.counts[l]}</span>
            </li>
          ))}
        </ul>
      </details>
      <p className="absolute bottom-1 start-1 max-w-[70%] truncate rounded bg-white/85 px-1.5 py-0.5 text-[11px] text-stone-700" data-testid="embed-source">
        {t.appName} · {view.lang === "ar" ? `المصادر: ${articles} مقالات` : `Sources: ${articles} ${articles === 1 ? "article" : "articles"}`} ·{" "}
        <a href={`/${toSearch(view)}`} target="_blank" rel="noopener" className="font-medium text-blue-800 underline">
          {view.lang === "ar" ? "العرض الكامل ↗" : "Open full view ↗"}
        </a>
      </p>
    </div>
  );
}
