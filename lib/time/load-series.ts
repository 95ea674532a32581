import { derived } from "../data/corpus";
import { shownClaims } from "../view/dashboard-model";
import { modelInputs } from "../view/load-model";
import { filtersToParams } from "../view/url-codec";
import type { Filters } from "../view/view-state";
import { buildSeries, type TimeSeries } from "./series";

/** Series kept per corpus version, for the most recent filter sets (as the models are). */
const MAX_CACHED = 32;

/**
 * The series (lib/time/series) of a view: its claims by every filter but `at` and its window,
 * which the browser applies step by step. Events and outlets as the dashboard's marks count them.
 */
export async function loadSeries(filters: Filters, opts: { unreviewed?: boolean } = {}): Promise<TimeSeries> {
  const { at: _at, windowMonths: _w, ...whole } = filters;
  const input = await modelInputs(opts);
  const cache = await derived(opts.unreviewed ? "time-series+unreviewed" : "time-series", () => new Map<string, Promise<TimeSeries>>());
  const key = filtersToParams(whole).toString();
  let series = cache.get(key);
  if (!series) {
    const ev = input.events;
    series = Promise.resolve().then(() =>
      buildSeries(shownClaims(input, whole), input.places, { eventOf: (c) => ev?.eventOf(c.id)?.id ?? c.id, outletOf: (c) => (ev ? ev.outletOf(c) : c.article) }),
    );
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, series);
    series.catch(() => cache.get(key) === series && cache.delete(key));
  }
  return series;
}
