import type { DashboardModel } from "../view/dashboard-model";
import type { Mark } from "../view/marks";
import { type Filters, VIEW_LAYERS, type ViewLayer } from "../view/view-state";
import { effectiveRange } from "./as-of";
import { countShown, setsShown, spansShown, type TimeSeries } from "./series";

/**
 * A view as of a month, computed in the browser from the view's whole model (every date) and its
 * series (lib/time/series): the marks with a claim dated by then, with the claims, events and
 * outlets counted by then. What the series does not carry stays as the whole range has it: a
 * mark's leading group (its colour), a shift's leading direction and a loss's largest stated
 * share. The server's `at=` model, which has them, is what a link or a paused step is read from.
 */
export type AsOfView = Pick<DashboardModel, "marks" | "counts" | "claimsTotal">;

type Whole = Pick<DashboardModel, "marks" | "counts">;

/**
 * One playback view's cut, prepared once per view so that a step is a pass over flat arrays:
 * each mark of the whole model is paired with its series once (a lookup among ~16,000 ids per
 * mark and step took most of a step's 100 ms at 200k claims), and its [span, n] pairs are laid
 * end to end in typed arrays the step sums over the spans it shows.
 */
export type AsOfCut = (filters: Filters) => AsOfView;

/** [span, n] pairs of many marks end to end, and where each mark's begin. */
type Packed = { pairs: Int32Array; start: Int32Array };
function pack(lists: readonly (readonly number[])[]): Packed {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const pairs = new Int32Array(start[lists.length]!);
  for (let i = 0; i < lists.length; i++) pairs.set(lists[i]!, start[i]!);
  return { pairs, start };
}
function sumShown({ pairs, start }: Packed, i: number, shown: Uint8Array): number {
  let n = 0;
  for (let k = start[i]!; k < start[i + 1]!; k += 2) if (shown[pairs[k]!]) n += pairs[k + 1]!;
  return n;
}

export function compileAsOf(whole: Whole, series: TimeSeries): AsOfCut {
  const marks = whole.marks.filter((m) => series.marks[m.id]);
  const of = marks.map((m) => series.marks[m.id]!);
  const claims = pack(of.map((s) => s.c));
  const events = pack(of.map((s) => s.e));
  const outlets = pack(of.map((s) => s.o));
  return (filters) => {
    const spans = spansShown(series, effectiveRange(filters));
    const shown = Uint8Array.from(spans, Number);
    const sets = Uint8Array.from(setsShown(series, spans), Number);
    const out: Mark[] = [];
    for (let i = 0; i < marks.length; i++) {
      const n = sumShown(claims, i, shown);
      if (n === 0) continue;
      const m = marks[i]!;
      const e = sumShown(events, i, shown);
      // A stated share of loss is a figure, not a count: it keeps its own value.
      const value = m.layer === "territorial-loss" ? m.value : e;
      out.push({ ...m, claims: n, value, ...(m.events !== undefined ? { events: e, sources: sumShown(outlets, i, sets) } : {}) });
    }
    // Control changes are not in the series (see playsInBrowser): their count stays the whole view's.
    const counts = Object.fromEntries(VIEW_LAYERS.map((l) => [l, l === "control-changes" ? whole.counts[l] : countShown(series.layers[l] ?? [], spans)])) as Record<
      ViewLayer,
      number
    >;
    return { marks: out, counts, claimsTotal: countShown(series.total, spans) };
  };
}

/** `filters`: the view's, with its `at` (and window); `whole`: the model of the same filters without them. */
export function asOfModel(whole: Whole, series: TimeSeries, filters: Filters): AsOfView {
  return compileAsOf(whole, series)(filters);
}

/**
 * Whether playback can be computed in the browser: the control-changes layer depends on the
 * order of changes up to the month (lib/time/control), which the series does not hold.
 */
export const playsInBrowser = (layers: readonly ViewLayer[]) => !layers.includes("control-changes");
