"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import useSWR from "swr";
import { fetchJson } from "@/lib/api/fetcher";
import { dirOf, messages } from "@/lib/i18n/messages";
import { mapMarks } from "@/lib/map/mark-states";
import type { DashboardModel } from "@/lib/view/dashboard-model";
import { markForClaim, marksAt } from "@/lib/view/pick";
import type { ParamIssue } from "@/lib/view/url-codec";
import { filtersToParams } from "@/lib/view/url-codec";
import { type Filters, filtersOf, type ViewState } from "@/lib/view/view-state";
import type { Mark } from "@/lib/view/marks";
import { SiteHeader } from "../SiteHeader";
import { AtlasMapLazy } from "../map/AtlasMapLazy";
import { ClaimsTable } from "./ClaimsTable";
import { type CountryName, FilterBar } from "./FilterBar";
import { Legend } from "./Legend";
import { MarkPopup } from "./MarkPopup";
import { ParamIssues } from "./ParamIssues";
import { Timeline } from "./Timeline";
import { useViewState } from "./use-view-state";

export const viewModelKey = (f: Filters) => {
  const q = filtersToParams(f).toString();
  return `/api/view${q ? `?${q}` : ""}`;
};

const ZOOM_FOR = { point: 6.5, province: 5.5, region: 4.5, country: 4 } as const;

/** The dashboard: filters, legend and timeline beside the map, the claims table below. */
export function Dashboard({ initialView, initialModel, issues, countries }: { initialView: ViewState; initialModel: DashboardModel; issues: ParamIssue[]; countries: CountryName[] }) {
  const [view, update] = useViewState(initialView);
  const [others, setOthers] = useState<Mark[]>([]);
  const filters = useMemo(() => filtersOf(view), [view]);
  const initialKey = useMemo(() => viewModelKey(filtersOf(initialView)), [initialView]);
  const key = viewModelKey(filters);
  const { data, error, isLoading } = useSWR<DashboardModel>(key, fetchJson, { fallbackData: key === initialKey ? initialModel : undefined, keepPreviousData: true });
  const model = data ?? initialModel;
  const t = messages(view.lang);

  useEffect(() => {
    document.documentElement.lang = view.lang;
    document.documentElement.dir = dirOf(view.lang);
  }, [view.lang]);

  const actors = useMemo(() => new Map(model.actors.map((a) => [a.id, a])), [model.actors]);
  const claimsById = useMemo(() => new Map(model.claims.map((c) => [c.id, c])), [model.claims]);
  const drawn = useMemo(() => mapMarks(model.marks, view.layers, actors, view.selection, view.lang), [model.marks, view.layers, actors, view.selection, view.lang]);
  const selected = model.marks.find((m) => m.id === view.selection && view.layers.includes(m.layer));

  const onShow = useCallback(
    (claimId: string) => {
      const m = markForClaim(claimId, model.marks, view.layers);
      if (!m) return;
      setOthers([]);
      update({ selection: m.id, center: m.point, zoom: ZOOM_FOR[m.precision] });
      document.getElementById("map")?.scrollIntoView({ behavior: "smooth", block: "start" });
    },
    [model.marks, view.layers, update],
  );

  const switcher = (
    <button type="button" lang={view.lang === "ar" ? "en" : "ar"} aria-label={t.languageSwitchLabel} className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100" onClick={() => update({ lang: view.lang === "ar" ? "en" : "ar" })} data-testid="lang-switch">
      {t.language}
    </button>
  );

  return (
    <div dir={dirOf(view.lang)} lang={view.lang} className="flex min-h-full flex-col">
      <SiteHeader lang={view.lang} current="map" switcher={switcher} />
      <ParamIssues issues={issues} lang={view.lang} />
      <main className="flex flex-1 flex-col">
        <div className="flex flex-col md:h-[72vh] md:flex-row">
          <aside aria-label={t.filters} className="order-2 w-full shrink-0 space-y-4 overflow-y-auto border-stone-300 bg-white p-4 md:order-1 md:w-80 md:border-e">
            <FilterBar filters={filters} actors={model.actors} countries={countries} lang={view.lang} onChange={(patch) => update({ ...patch, selection: null })} />
            <Legend layers={view.layers} counts={model.counts} actors={model.actors} lang={view.lang} onToggle={(layer, on) => update({ layers: on ? [...view.layers, layer] : view.layers.filter((l) => l !== layer) })} />
            <Timeline data={model.timeline} from={view.from} to={view.to} lang={view.lang} onRange={(from, to) => update({ from, to, selection: null })} />
            {error && (
              <p role="alert" className="text-sm text-red-800">
                {error instanceof Error ? error.message : String(error)}
              </p>
            )}
          </aside>
          <section id="map" aria-label={t.map} className="relative order-1 h-[60vh] min-h-0 flex-1 md:order-2 md:h-auto" aria-busy={isLoading}>
            <AtlasMapLazy
              camera={view.center && view.zoom !== null ? { center: view.center, zoom: view.zoom } : null}
              onCameraChange={(c) => update({ center: c.center, zoom: c.zoom }, "replace")}
              marks={drawn}
              layers={view.layers}
              lang={view.lang}
              onPick={(pick) => {
                const found = pick ? marksAt(pick, model.marks, view.layers) : [];
                setOthers(found.slice(1));
                update({ selection: found[0]?.id ?? null });
              }}
            >
              {selected && <MarkPopup mark={selected} others={others.filter((o) => o.id !== selected.id)} claims={claimsById} actors={actors} lang={view.lang} onSelect={(id) => update({ selection: id })} onClose={() => update({ selection: null })} />}
            </AtlasMapLazy>
          </section>
        </div>
        <section aria-labelledby="claims-heading" className="border-t border-stone-300 bg-white">
          <h2 id="claims-heading" className="px-4 pt-3 text-sm font-semibold">
            {t.table} <span className="font-normal text-stone-500">({t.claimsCount(model.claims.length)})</span>
          </h2>
          <ClaimsTable claims={model.claims} actors={actors} lang={view.lang} onShow={onShow} />
        </section>
      </main>
    </div>
  );
}
