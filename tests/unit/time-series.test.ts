import { describe, expect, it } from "vitest";
import { buildEventIndex } from "@/lib/events/event-index";
import { outletKey } from "@/lib/events/group";
import { effectiveRange, inRange } from "@/lib/time/as-of";
import { asOfModel, compileAsOf } from "@/lib/time/as-of-model";
import { playSteps } from "@/lib/time/play";
import { buildSeries, markIdsOfClaim, spansShown } from "@/lib/time/series";
import { dashboardModel, type ModelInputs } from "@/lib/view/dashboard-model";
import { intervalOf } from "@/lib/view/date-range";
import { marksFor } from "@/lib/view/aggregate";
import { type Filters, NO_FILTERS } from "@/lib/view/view-state";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const on = (value: string) => ({ value, precision: (value.length === 4 ? "year" : value.length === 7 ? "month" : "day") as "year" | "month" | "day", inferred: false });
const OUTLET: Record<string, string> = { a1: "Reuters", a2: "Reuters", a3: "AFP", a4: "BBC" };
const share = { text: "more than 60%", value: 60, unit: "percent" as const, qualifier: "more-than" as const };

// Reports at several precisions, two of one capture (one event, two outlets), a joint figure,
// a region, an undated claim and a year-precise one: what the as-of cut has to get right.
const CLAIMS = [
  claim({ kind: "recruitment", article: "a1", places: [ref("city:1")], countries: ["SYR"], date: on("2017-07-10") }),
  claim({ kind: "recruitment", article: "a3", places: [ref("city:1")], countries: ["SYR"], date: on("2017-07") }),
  claim({ kind: "recruitment", article: "a2", places: [ref("city:1")], countries: ["SYR"], date: on("2018-01-01") }),
  claim({ kind: "recruitment", article: "a4", places: [ref("region:border"), ref("country:SYR")], countries: ["SYR"], date: on("2017") }),
  claim({ kind: "territorial-loss", article: "a1", places: [ref("country:IRQ"), ref("country:SYR")], countries: ["IRQ", "SYR"], quantity: share, date: on("2017-03") }),
  claim({ kind: "territorial-loss", article: "a2", places: [ref("city:1")], date: on("2016-11-30") }),
  claim({ kind: "defection", article: "a3", places: [ref("country:IRQ")], fromActor: "isis", toActor: "taliban", countries: ["IRQ"], date: on("2017-09") }),
  claim({ kind: "attack", article: "a4", places: [], countries: ["IRQ"], date: on("2018-02-14") }),
  claim({ kind: "attack", article: "a4", places: [], countries: ["IRQ"] }),
];

function inputs(): ModelInputs {
  const index = buildEventIndex(CLAIMS, { place: (id) => PLACES.get(id), parentOf: () => undefined, outletOf: (a) => OUTLET[a] });
  return { claims: CLAIMS, places: PLACES, actors: [], events: { eventOf: index.eventOf, outletOf: (c) => outletKey(OUTLET[c.article], c.article) } };
}

function seriesOf(input: ModelInputs) {
  return buildSeries(input.claims, input.places, { eventOf: (c) => input.events!.eventOf(c.id)?.id ?? c.id, outletOf: (c) => input.events!.outletOf(c) });
}

/** What a mark's drawing depends on, as both paths compute it. */
const drawn = (marks: { id: string; claims: number; value: number; events?: number; sources?: number }[]) =>
  marks.filter((m) => !m.id.startsWith("control-changes@")).map(({ id, claims, value, events, sources }) => ({ id, claims, value, events, sources }));

describe("a view's series over time", () => {
  it("puts a claim in the same marks as the aggregation does", () => {
    const ids = new Set(marksFor(CLAIMS, PLACES).map((m) => m.id));
    expect(new Set(CLAIMS.flatMap((c) => markIdsOfClaim(c, PLACES)))).toEqual(ids);
  });

  it("leaves undated claims out: they drop out of any as-of view", () => {
    const series = seriesOf(inputs());
    expect(series.total.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).toBe(CLAIMS.length - 1);
  });

  it("keeps an event as one interval, so a capture reported twice counts once", () => {
    const series = seriesOf(inputs());
    const city = series.marks["recruitment-hotspots@city:1"]!;
    // Three claims; the two July reports are one event, the January one another.
    expect(city.c.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).toBe(3);
    expect(city.e.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).toBe(2);
    // Two outlets (a1 and a2 are both Reuters); Reuters keeps both its intervals, July and January.
    const outlets = city.o.flatMap((set, i) => (i % 2 === 0 ? [series.sets[set]!.length] : []));
    expect(outlets.sort()).toEqual([1, 2]);
  });

  it("keeps each distinct set of an outlet's intervals once, however many outlets or marks share it", () => {
    const series = seriesOf(inputs());
    const keys = series.sets.map((set) => set.join(","));
    expect(new Set(keys).size).toBe(keys.length);
    // activity@country:SYR and recruitment-hotspots@city:1 both hold the July AFP report's set.
    const july = series.marks["recruitment-hotspots@city:1"]!.o.filter((_, i) => i % 2 === 0);
    const syria = series.marks["activity@country:SYR"]!.o.filter((_, i) => i % 2 === 0);
    expect(july.some((s) => syria.includes(s))).toBe(true);
  });

  it("decides a span's place in a range with the same function as the server's date filter", () => {
    const range = effectiveRange({ ...NO_FILTERS, at: "2017-06", windowMonths: 3 });
    const series = seriesOf(inputs());
    expect(spansShown(series, range)).toEqual(series.spans.map(([start, end]) => inRange({ start, end }, range)));
    expect(inRange(intervalOf("2017"), range)).toBe(true);
    expect(inRange(intervalOf("2017-03"), range)).toBe(false);
  });

  it("shows nothing when the month comes before the range's start, as the server does", () => {
    const input = inputs();
    const f: Filters = { ...NO_FILTERS, from: "2018-01", at: "2017-06" };
    const whole = dashboardModel(input, { ...NO_FILTERS, from: "2018-01" });
    const mine = asOfModel(whole, seriesOf({ ...input, claims: input.claims }), f);
    expect(mine.marks).toEqual([]);
    expect(mine.claimsTotal).toBe(0);
  });
});

describe("the as-of view computed in the browser", () => {
  const input = inputs();
  const whole = dashboardModel(input, NO_FILTERS);
  const series = seriesOf(input);
  const months = playSteps("2016-09", "2018-04");

  for (const windowMonths of [null, 1, 3]) {
    it(`equals the server's model at every month ${windowMonths ? `(window of ${windowMonths})` : "(cumulative)"}: marks, counts, events, sources and total`, () => {
      // One cut prepared for the view serves every step, as playback uses it.
      const cut = compileAsOf(whole, series);
      for (const at of months) {
        const f: Filters = { ...NO_FILTERS, at, ...(windowMonths ? { windowMonths } : {}) };
        const server = dashboardModel(input, f);
        const mine = cut(f);
        expect(drawn(mine.marks), at).toEqual(drawn(server.marks));
        expect(mine.claimsTotal, at).toBe(server.claimsTotal);
        expect({ ...mine.counts, "control-changes": 0 }, at).toEqual({ ...server.counts, "control-changes": 0 });
      }
    });
  }

  it("follows a from/to range cut by the month, as the server does", () => {
    const base: Filters = { ...NO_FILTERS, from: "2017-03-15", to: "2017-12" };
    const wholeRange = dashboardModel(input, base);
    const seriesRange = buildSeries(
      input.claims.filter((c) => c.date && inRange(intervalOf(c.date.value), base)),
      input.places,
      { eventOf: (c) => input.events!.eventOf(c.id)?.id ?? c.id, outletOf: (c) => input.events!.outletOf(c) },
    );
    for (const at of months) {
      const f = { ...base, at, windowMonths: 2 };
      expect(drawn(asOfModel(wholeRange, seriesRange, f).marks), at).toEqual(drawn(dashboardModel(input, f).marks));
    }
  });
});
