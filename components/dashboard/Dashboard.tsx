"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { preload } from "swr";
import { fetchJson } from "@/lib/api/fetcher";
import { dirOf, messages } from "@/lib/i18n/messages";
import type { ClaimRow } from "@/lib/view/dashboard-model";
import type { WireModel } from "@/lib/view/model-wire";
import { shiftKey } from "@/lib/view/legend-keys";
import { maxSources } from "@/lib/view/sources-key";
import { playsInBrowser } from "@/lib/time/as-of-model";
import { markForClaim } from "@/lib/view/pick";
import { type Decoded, dropUnknownActors, type ParamIssue } from "@/lib/view/url-codec";
import { filtersOf, type ViewState } from "@/lib/view/view-state";
import { SiteHeader } from "../SiteHeader";
import { ShareDialog } from "../share/ShareDialog";
import { ClaimsTable } from "./ClaimsTable";
import { EventControls } from "./EventControls";
import { UnreviewedToggle } from "./UnreviewedToggle";
import { type CountryName, FilterBar } from "./FilterBar";
import { Legend } from "./Legend";
import { ParamIssues } from "./ParamIssues";
import { PrintFooter } from "./PrintFooter";
import { SourcesKey } from "./SourcesKey";
import { SourcesNote } from "./SourcesNote";
import { AsOfNote } from "../timeline/AsOfNote";
import { PlayControl } from "../timeline/PlayControl";
import { useSettled, useSettledTotal, useStableFilters } from "../timeline/use-settled";
import { Timeline } from "./Timeline";
import { useViewModel, viewModelKey } from "./use-view-model";
import { ViewMap } from "./ViewMap";
import { useViewState } from "./use-view-state";

const ZOOM_FOR = { point: 6.5, province: 5.5, region: 4.5, country: 4 } as const;

/**
 * The dashboard: filters, legend and timeline beside the map, the claims table below. On narrow
 * screens the map comes first at a fixed share of the screen, the filters fold into a drawer
 * under it, and the table follows.
 */
export function Dashboard({
  initialView,
  initialModel,
  issues,
  countries,
  canReview = false,
}: {
  initialView: ViewState;
  initialModel: WireModel;
  issues: ParamIssue[];
  countries: CountryName[];
  canReview?: boolean;
}) {
  const known = useMemo(() => new Set(initialModel.actors.map((a) => a.id)), [initialModel.actors]);
  const [view, update] = useViewState(
    initialView,
    useCallback((d: Decoded) => dropUnknownActors(d, known), [known]),
  );
  const filters = useMemo(() => filtersOf(view), [view]);
  // The table follows `at` once playback rests (2.5 s on one step), not at every step: at 200k
  // claims its rows cost the server seconds, and with 1.5 s a slow step (a loaded machine) made
  // it ask at every step, which slowed the next step past 1.5 s again.
  const tableAt = useSettled(view.at, 2500);
  // Kept the same object while only `at` moves, so the memoised table skips the steps.
  const tableFilters = useStableFilters(useMemo(() => (tableAt === view.at ? filters : filtersOf({ ...view, at: tableAt })), [filters, tableAt, view]));
  const select = useCallback((selection: string | null) => update({ selection }), [update]);
  // Set once the play control is used: playback's steps are then cut in the browser (lib/time).
  const [stepping, setStepping] = useState(false);
  const vm = useViewModel(view, initialView, initialModel, select, stepping);
  const { model, error, isLoading, actors, setOthers } = vm;
  const t = messages(view.lang);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Only where steps still come from the server (control changes drawn): the next step's model.
  const prefetch = useCallback((at: string) => void preload(viewModelKey(filtersOf({ ...view, at }), !!view.unreviewed), fetchJson).catch(() => {}), [view]);
  const onPlay = useCallback(
    (patch: Partial<ViewState>, mode?: "push" | "replace") => {
      setStepping(true);
      update(patch, mode);
    },
    [update],
  );
  const activeFilters = filters.actors.length + filters.kinds.length + filters.countries.length + (filters.from ? 1 : 0) + (filters.to ? 1 : 0) + (filters.at ? 1 : 0);

  useEffect(() => {
    document.documentElement.lang = view.lang;
    document.documentElement.dir = dirOf(view.lang);
  }, [view.lang]);

  // Read through a ref: the table's callback stays the same while playback steps the marks.
  const shown = useRef({ marks: model.marks, layers: view.layers });
  shown.current = { marks: model.marks, layers: view.layers };
  const onShow = useCallback(
    (row: ClaimRow) => {
      const m = markForClaim(row, shown.current.marks, shown.current.layers);
      if (!m) return;
      setOthers([]);
      update({ selection: m.id, center: m.point, zoom: ZOOM_FOR[m.precision] });
      document.getElementById("map")?.scrollIntoView({ behavior: "smooth", block: "start" });
    },
    [update, setOthers],
  );
  // The table's total is its own filters' (settled `at`), not the step's.
  const tableTotal = useSettledTotal(model.claimsTotal, tableAt === view.at);

  const switcher = (
    <div className="flex gap-2">
      <ShareDialog view={view} />
      <button
        type="button"
        lang={view.lang === "ar" ? "en" : "ar"}
        aria-label={t.languageSwitchLabel}
        className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100"
        onClick={() => update({ lang: view.lang === "ar" ? "en" : "ar" })}
        data-testid="lang-switch"
      >
        {t.language}
      </button>
    </div>
  );

  return (
    <div dir={dirOf(view.lang)} lang={view.lang} className="flex min-h-full flex-col">
      <a
        href="#map"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        data-testid="skip-link"
      >
        {t.skipToMap}
      </a>
      <SiteHeader lang={view.lang} current="map" switcher={switcher} />
      <ParamIssues issues={issues} lang={view.lang} />
      <main className="flex flex-1 flex-col">
        <h1 className="sr-only">{t.dashboardHeading}</h1>
        <div className="flex flex-col md:h-[72vh] md:flex-row print:h-[150mm] print:flex-row">
          {/* Below md the aside is a drawer: the toggle sits between the map and the table. */}
          <button
            type="button"
            className="order-2 flex items-center justify-between border-y border-stone-300 bg-white px-4 py-2 text-sm font-semibold md:hidden print:hidden"
            aria-expanded={drawerOpen}
            aria-controls="filters-drawer"
            onClick={() => setDrawerOpen((o) => !o)}
            data-testid="filters-toggle"
          >
            <span>{t.filtersAndLayers}</span>
            <span className="font-normal text-stone-600">
              {t.activeFilters(activeFilters)} <span aria-hidden>{drawerOpen ? "▴" : "▾"}</span>
            </span>
          </button>
          <aside
            id="filters-drawer"
            aria-label={t.filters}
            className={`${drawerOpen ? "block" : "hidden"} order-3 w-full shrink-0 space-y-4 overflow-y-auto border-stone-300 bg-white p-4 md:order-1 md:block md:w-80 md:border-e print:order-2 print:block print:w-60 print:overflow-visible`}
          >
            <div className="space-y-4 print:hidden">
              <FilterBar filters={filters} actors={model.actors} countries={countries} lang={view.lang} onChange={(patch) => update({ ...patch, selection: null })} />
            </div>
            {/* The timeline before the legend: at 1280x800 it is then on screen without scrolling. */}
            {/* Focus on the control already asks for playback's data, so the first step rarely waits. */}
            {/* biome-ignore lint/a11y/noStaticElementInteractions: focus bubbling up from the control inside, not an interaction with this wrapper. */}
            <div className="print:hidden" onFocus={() => setStepping(true)}>
              <Timeline data={model.timeline} from={view.from} to={view.to} at={view.at} lang={view.lang} onRange={(from, to) => update({ from, to, selection: null })} />
              <PlayControl
                first={model.timeline.first}
                last={model.timeline.last}
                at={view.at}
                play={view.play}
                window={view.window}
                busy={isLoading}
                lang={view.lang}
                onChange={onPlay}
                prefetch={playsInBrowser(view.layers) ? undefined : prefetch}
              />
            </div>
            {view.at && <AsOfNote at={view.at} windowMonths={filters.windowMonths} lang={view.lang} />}
            {canReview && <UnreviewedToggle on={!!view.unreviewed} lang={view.lang} onChange={(on) => update({ unreviewed: on, selection: null })} />}
            {view.shade === "sources" && <SourcesKey max={maxSources(model.marks, view.layers)} lang={view.lang} />}
            <Legend
              layers={view.layers}
              counts={model.counts}
              shift={shiftKey(model.actors, model.marks)}
              lang={view.lang}
              onToggle={(layer, on) => update({ layers: on ? [...view.layers, layer] : view.layers.filter((l) => l !== layer) })}
            />
            {error && (
              <p role="alert" className="text-sm text-red-800">
                {error instanceof Error ? error.message : String(error)}
              </p>
            )}
          </aside>
          {/* A fixed height on phones: as a flex item with basis 0 the map collapsed to 0 px there. */}
          <section
            id="map"
            tabIndex={-1}
            aria-label={t.map}
            className="relative order-1 h-[60svh] min-h-64 w-full shrink-0 md:order-2 md:h-auto md:min-h-0 md:w-auto md:flex-1 md:shrink print:order-1 print:h-full"
            aria-busy={isLoading}
          >
            <ViewMap view={view} update={update} vm={vm} />
          </section>
        </div>
        <SourcesNote summary={model.sourceSummary} lang={view.lang} />
        <PrintFooter sources={model.sources} lang={view.lang} />
        <section aria-labelledby="claims-heading" className="border-t border-stone-300 bg-white print:hidden">
          <h2 id="claims-heading" className="px-4 pt-3 text-sm font-semibold">
            {t.table}{" "}
            <span className="font-normal text-stone-500" data-testid="claims-count">
              ({t.countLine(model.claimsTotal, model.claimPlaceRows)})
            </span>
          </h2>
          <EventControls view={view} update={update} />
          <ClaimsTable
            filters={tableFilters}
            unreviewed={!!view.unreviewed}
            total={tableTotal}
            actors={actors}
            lang={view.lang}
            onShow={onShow}
            groupByEvent={view.group === "event"}
          />
        </section>
      </main>
    </div>
  );
}
