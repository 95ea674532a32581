import type { Claim } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { type DayInterval, intervalOf } from "../view/date-range";
import { jointId, jointPlaces } from "../view/figures";
import { LAYER_OF, type MarkableClaim } from "../view/marks";
import { VIEW_LAYERS, type ViewLayer } from "../view/view-state";
import { type DateRange, emptyRange, inRange } from "./as-of";

/**
 * A view's marks over time, sent once per view so that playback cuts the view at any month in
 * the browser instead of asking the server for a whole model per step (issue 16: one step a
 * second at 200,000 claims). Each count is kept by the day interval its claims' dates stand for,
 * and `inRange` (lib/time/as-of) decides which intervals a month shows: the same function the
 * server's `at=` filter uses, so a step drawn here counts what the server would have counted.
 *
 * An event's claims all overlap in time (lib/events groups only claims whose dates overlap, each
 * with every other), so intervals with a common day: a range meets one of them exactly when it
 * meets their union. An event is therefore kept as one interval, its union. An outlet's claims
 * need not overlap, so an outlet keeps each distinct interval it reported in.
 */
export type TimeSeries = {
  /** Distinct day intervals, [first day, last day] ("YYYY-MM-DD"): what the counts below index. */
  spans: [string, string][];
  /** Distinct sets of spans an outlet reported a mark in (most outlets share a few): what `o` indexes. */
  sets: number[][];
  /** Per mark id: claims as flat pairs [span, n], events as [union span, n], outlets as [set, n]. */
  marks: Record<string, { c: number[]; e: number[]; o: number[] }>;
  /** Per layer: distinct events as [union span, n] (an event at two places counts once on its layer). */
  layers: Partial<Record<ViewLayer, number[]>>;
  /** Every dated claim of the view as [span, n]: the view's claim total as of a month. */
  total: number[];
};

type SeriesClaim = MarkableClaim & Pick<Claim, "date">;
type Keys = { eventOf: (c: SeriesClaim) => string; outletOf: (c: SeriesClaim) => string };

/**
 * The marks a claim counts in, by id, by lib/view/aggregate's rules: its kind's layer at each
 * place it names (or at its group, for a share stated jointly), and activity in each country.
 */
export function markIdsOfClaim(c: MarkableClaim, places: ReadonlyMap<string, Place>): string[] {
  const ids: string[] = [];
  const layer = LAYER_OF[c.kind];
  const joint = layer === "territorial-loss" ? jointPlaces(c)?.filter((id) => places.has(id)) : undefined;
  if (layer && joint && joint.length > 1) ids.push(`${layer}@${jointId(joint)}`);
  else if (layer) for (const ref of c.places) if (places.has(ref.placeId)) ids.push(`${layer}@${ref.placeId}`);
  for (const iso of c.countries) if (places.has(`country:${iso}`)) ids.push(`activity@country:${iso}`);
  return [...new Set(ids)];
}

/** Two intervals' union; days are ISO strings, which compare as dates. */
// biome-ignore lint/complexity/useMathMinMax: the days are strings; Math.min would turn them into NaN.
const union = (a: DayInterval, b: DayInterval): DayInterval => ({ start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end });

/** The value at `k`, made by `make` the first time it is asked for. */
function getOrMake<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) {
    v = make();
    m.set(k, v);
  }
  return v;
}

/** The series of a view's claims (already filtered by everything but `at`); undated claims have no place in time. */
export function buildSeries(claims: readonly SeriesClaim[], places: ReadonlyMap<string, Place>, keys: Keys): TimeSeries {
  const spans: [string, string][] = [];
  const spanIndex = new Map<string, number>();
  const span = (i: DayInterval) => getOrMake(spanIndex, `${i.start}/${i.end}`, () => spans.push([i.start, i.end]) - 1);
  type Acc = { c: Map<number, number>; e: Map<string, DayInterval>; o: Map<string, Set<number>> };
  const marks = new Map<string, Acc>();
  const layerEvents = new Map<ViewLayer, Map<string, DayInterval>>();
  const total = new Map<number, number>();
  const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
  const widen = (m: Map<string, DayInterval>, k: string, i: DayInterval) => m.set(k, m.has(k) ? union(m.get(k)!, i) : i);
  for (const c of claims) {
    if (!c.date) continue;
    const interval = intervalOf(c.date.value);
    const s = span(interval);
    bump(total, s);
    const event = keys.eventOf(c);
    const outlet = keys.outletOf(c);
    for (const id of markIdsOfClaim(c, places)) {
      const acc = getOrMake(marks, id, (): Acc => ({ c: new Map(), e: new Map(), o: new Map() }));
      bump(acc.c, s);
      widen(acc.e, event, interval);
      getOrMake(acc.o, outlet, () => new Set<number>()).add(s);
      const layer = id.slice(0, id.indexOf("@")) as ViewLayer;
      widen(
        getOrMake(layerEvents, layer, () => new Map<string, DayInterval>()),
        event,
        interval,
      );
    }
  }
  const pairs = (m: Map<number, number>) => [...m].flat();
  const eventPairs = (m: Map<string, DayInterval>) => {
    const bySpan = new Map<number, number>();
    for (const i of m.values()) bump(bySpan, span(i));
    return pairs(bySpan);
  };
  const sets: number[][] = [];
  const setIndex = new Map<string, number>();
  const outletPairs = (m: Map<string, Set<number>>) => {
    const bySet = new Map<number, number>();
    for (const spansOf of m.values()) {
      const list = [...spansOf].sort((a, b) => a - b);
      bump(
        bySet,
        getOrMake(setIndex, list.join(","), () => sets.push(list) - 1),
      );
    }
    return pairs(bySet);
  };
  const out: TimeSeries["marks"] = {};
  for (const [id, acc] of marks) out[id] = { c: pairs(acc.c), e: eventPairs(acc.e), o: outletPairs(acc.o) };
  const layers: TimeSeries["layers"] = {};
  for (const l of VIEW_LAYERS) {
    const le = layerEvents.get(l);
    if (le) layers[l] = eventPairs(le);
  }
  return { spans, sets, marks: out, layers, total: pairs(total) };
}

/** Which of a series' spans a range shows (one test per span, however many marks use it). */
export function spansShown(series: Pick<TimeSeries, "spans">, range: DateRange): boolean[] {
  if (emptyRange(range)) return series.spans.map(() => false);
  return series.spans.map(([start, end]) => inRange({ start, end }, range));
}

/** The sum of flat [span, n] pairs over the spans shown. */
export function countShown(pairs: readonly number[], shown: readonly boolean[]): number {
  let n = 0;
  for (let i = 0; i < pairs.length; i += 2) if (shown[pairs[i]!]) n += pairs[i + 1]!;
  return n;
}

/** Which outlet sets a range shows: those with a span shown. */
export function setsShown(series: Pick<TimeSeries, "sets">, shown: readonly boolean[]): boolean[] {
  return series.sets.map((set) => set.some((s) => shown[s]));
}
