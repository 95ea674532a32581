"use client";

import { useCallback, useEffect, useState } from "react";
import { dirOf, messages } from "@/lib/i18n/messages";
import { LAYER_LABEL } from "@/lib/i18n/labels";
import { ACTIVITY_RAMP, LOSS_RAMP, RECRUIT_COLOR } from "@/lib/map/claim-layers";
import type { WireModel } from "@/lib/view/model-wire";
import { toSearch } from "@/lib/view/url-codec";
import { filtersOf, type ViewLayer, type ViewState } from "@/lib/view/view-state";
import { asOfText } from "@/lib/time/as-of-label";
import { STATE_FORCES_COLOR } from "@/lib/map/control-layer";
import { formatDate } from "../claims/ClaimCard";
import { useViewModel } from "../dashboard/use-view-model";
import { useViewState } from "../dashboard/use-view-state";
import { ViewMap } from "../dashboard/ViewMap";

const SWATCH: Record<ViewLayer, string> = {
  "territorial-loss": LOSS_RAMP[2],
  "recruitment-hotspots": RECRUIT_COLOR,
  "allegiance-shifts": "#8c2d04",
  activity: ACTIVITY_RAMP[2],
  "control-changes": STATE_FORCES_COLOR,
};

/**
 * The map alone, for other sites' iframes: the same URL state as the dashboard, a compact
 * legend, the sources, the attribution and a link back to the full view. Fills any frame.
 */
export function EmbedView({ initialView, initialModel }: { initialView: ViewState; initialModel: WireModel }) {
  const [view, update] = useViewState(initialView);
  const select = useCallback((selection: string | null) => update({ selection }), [update]);
  const vm = useViewModel(view, initialView, initialModel, select);
  const { model } = vm;
  const t = messages(view.lang);
  const sources = model.sourceSummary;
  // The legend starts open in roomy frames and folded in small ones (a 300x200 slot).
  const [legendOpen, setLegendOpen] = useState(false);
  useEffect(() => setLegendOpen(window.innerWidth >= 480 && window.innerHeight >= 320), []);
  // The source line is a bar below the map, not an overlay: over the map, MapLibre's credits
  // covered "Open full view" at 600x400 and the whole line at 300x200.
  return (
    <div dir={dirOf(view.lang)} lang={view.lang} className="flex h-dvh w-full flex-col overflow-hidden bg-[#d5dee4] text-stone-900">
      <div className="relative min-h-0 flex-1">
        <ViewMap view={view} update={update} vm={vm} compact />
        <details
          className="absolute start-2 top-2 max-w-[calc(100%-4rem)] rounded bg-white/90 text-xs shadow"
          data-testid="embed-legend"
          open={legendOpen}
          onToggle={(e) => setLegendOpen(e.currentTarget.open)}
        >
          <summary className="cursor-pointer whitespace-nowrap px-2 py-1 font-semibold">{t.legend}</summary>
          {view.at && (
            <p className="px-2 font-semibold" data-testid="embed-as-of">
              {asOfText(view.at, view.lang, filtersOf(view).windowMonths)}
            </p>
          )}
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
      </div>
      <p
        className="flex shrink-0 flex-wrap items-baseline gap-x-1.5 border-t border-stone-300 bg-white px-1.5 py-0.5 text-[11px] leading-4 text-stone-700"
        data-testid="embed-source"
      >
        <span>{t.appName}</span>
        {view.at && <span data-testid="embed-credit-as-of">({asOfText(view.at, view.lang, filtersOf(view).windowMonths)})</span>}
        <span aria-hidden>·</span>
        <a href={`/articles${view.lang === "ar" ? "?lang=ar" : ""}`} target="_blank" rel="noopener" className="underline" data-testid="embed-sources-link">
          {t.mapSources}: {t.articlesCount(sources.articles)}
          {sources.latest && `, ${t.latestPublished} ${formatDate(sources.latest, view.lang)}`}
        </a>
        <span aria-hidden>·</span>
        <a href={`/${toSearch(view)}`} target="_blank" rel="noopener" className="font-medium text-blue-800 underline" data-testid="embed-full-view">
          {view.lang === "ar" ? "العرض الكامل ↗" : "Open full view ↗"}
        </a>
      </p>
    </div>
  );
}
