"use client";

import { useMemo } from "react";
import useSWR from "swr";
import { fetchJson } from "@/lib/api/fetcher";
import { type AsOfView, compileAsOf, playsInBrowser } from "@/lib/time/as-of-model";
import type { TimeSeries } from "@/lib/time/series";
import { fromWire, type WireModel } from "@/lib/view/model-wire";
import { filtersToParams } from "@/lib/view/url-codec";
import type { DashboardModel } from "@/lib/view/dashboard-model";
import type { Filters, ViewLayer } from "@/lib/view/view-state";

const SWR_OPTIONS = { revalidateIfStale: false, revalidateOnFocus: false, revalidateOnReconnect: false } as const;

/** A view's filters without its as-of month: what the series and the whole model are asked for. */
function wholeQuery(f: Filters, unreviewed: boolean): string {
  const { at: _a, windowMonths: _w, ...whole } = f;
  return [filtersToParams(whole).toString(), unreviewed ? "unreviewed=1" : ""].filter(Boolean).join("&");
}

/**
 * Playback's view, computed in the browser (lib/time/as-of-model): once `enabled` (the person
 * used the play control), the view's whole model and its series are fetched once, and every
 * step after that is a computation, not a request. Null until both are in, when the view has no
 * `at`, or when a layer needs the server's cut (control changes): the caller then shows the
 * server's `at=` model as before. `whole`: the whole model when the caller already holds it.
 */
export function useAsOfView(
  filters: Filters,
  layers: readonly ViewLayer[],
  opts: { enabled: boolean; unreviewed?: boolean; whole?: WireModel | null },
): { view: (AsOfView & { whole: DashboardModel }) | null; whole: DashboardModel | null; loading: boolean } {
  // Fetched from the first use on, with or without `at` (Show all dates draws the whole model).
  const on = opts.enabled && playsInBrowser(layers);
  const q = wholeQuery(filters, !!opts.unreviewed);
  const series = useSWR<TimeSeries>(on ? `/api/view/series${q ? `?${q}` : ""}` : null, fetchJson, SWR_OPTIONS);
  const wholeWire = useSWR<WireModel>(on && !opts.whole ? `/api/view${q ? `?${q}` : ""}` : null, fetchJson, SWR_OPTIONS);
  const wire = opts.whole ?? wholeWire.data;
  const whole = useMemo(() => (wire ? fromWire(wire) : null), [wire]);
  // Prepared once per view and series: a step is then a pass over typed arrays (lib/time/as-of-model).
  const cut = useMemo(() => (whole && series.data ? compileAsOf(whole, series.data) : null), [whole, series.data]);
  const view = useMemo(() => (on && filters.at && whole && cut ? { ...cut(filters), whole } : null), [on, whole, cut, filters]);
  return { view, whole, loading: on && (series.isLoading || wholeWire.isLoading) };
}
