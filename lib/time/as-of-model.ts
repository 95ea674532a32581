import type { DashboardModel } from "../view/dashboard-model";
import type { Mark } from "../view/marks";
import { type Filters, VIEW_LAYERS, type ViewLayer } from "../view/view-state";
import { effectiveRange } from "./as-of";
import { countShown, markAsOf, setsShown, spansShown, type TimeSeries } from "./series";

/**
 * A view as of a month, computed in the browser from the view's whole model (every date) and its
 * series (lib/time/series): the marks with a claim dated by then, with the claims, events and
 * outlets counted by then. What the series does not carry stays as the whole range has it: a
 * mark's leading group (its colour), a shift's leading direction and a loss's largest stated
 * share. The server's `at=` model, which has them, is what a link or a paused step is read from.
 */
export type AsOfView = Pick<DashboardModel, "marks" | "counts" | "claimsTotal">;

/** `filters`: the view's, with its `at` (and window); `whole`: the model of the same filters without them. */
export function asOfModel(whole: Pick<DashboardModel, "marks" | "counts">, series: TimeSeries, filters: Filters): AsOfView {
  const shown = spansShown(series, effectiveRange(filters));
  const sets = setsShown(series, shown);
  const marks: Mark[] = [];
  for (const m of whole.marks) {
    const s = series.marks[m.id];
    if (!s) continue;
    const n = markAsOf(s, shown, sets);
    if (n.claims === 0) continue;
    // A stated share of loss is a figure, not a count: it keeps its own value.
    const value = m.layer === "territorial-loss" ? m.value : n.events;
    marks.push({ ...m, claims: n.claims, value, ...(m.events !== undefined ? { events: n.events, sources: n.sources } : {}) });
  }
  // Control changes are not in the series (see playsInBrowser): their count stays the whole view's.
  const counts = Object.fromEntries(VIEW_LAYERS.map((l) => [l, l === "control-changes" ? whole.counts[l] : countShown(series.layers[l] ?? [], shown)])) as Record<
    ViewLayer,
    number
  >;
  return { marks, counts, claimsTotal: countShown(series.total, shown) };
}

/**
 * Whether playback can be computed in the browser: the control-changes layer depends on the
 * order of changes up to the month (lib/time/control), which the series does not hold.
 */
export const playsInBrowser = (layers: readonly ViewLayer[]) => !layers.includes("control-changes");
