import { describe, expect, it } from "vitest";
import { buildEventIndex } from "@/lib/events/event-index";
import { outletKey } from "@/lib/events/group";
import { claimRows, dashboardModel, type ModelInputs } from "@/lib/view/dashboard-model";
import { fromParams, toParams } from "@/lib/view/url-codec";
import { DEFAULT_VIEW, NO_FILTERS } from "@/lib/view/view-state";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const day = { value: "2017-07-10", precision: "day", inferred: false } as const;
const OUTLET: Record<string, string> = { a1: "Reuters", a2: "Reuters", a3: "AFP" };

// Three reports of one capture (two articles of one wire, one of another) and one other event.
const reports = [
  claim({ kind: "recruitment", article: "a1", places: [ref("city:1")], countries: ["SYR"], date: day }),
  claim({ kind: "recruitment", article: "a2", places: [ref("city:1")], countries: ["SYR"], date: day }),
  claim({ kind: "recruitment", article: "a3", places: [ref("city:1")], countries: ["SYR"], date: day }),
  claim({ kind: "recruitment", article: "a3", places: [ref("city:1")], countries: ["SYR"], date: { ...day, value: "2018-01-01" } }),
];

function inputs(): ModelInputs & { claims: typeof reports } {
  const index = buildEventIndex(reports, { place: (id) => PLACES.get(id), parentOf: () => undefined, outletOf: (a) => OUTLET[a] });
  return {
    claims: reports,
    places: PLACES,
    actors: [],
    events: { eventOf: index.eventOf, outletOf: (c) => outletKey(OUTLET[c.article], c.article) },
    gradeOf: (c) => (c.article === "a3" ? { reliability: "B", credibility: 2 } : { reliability: "F", credibility: 6 }),
  };
}

describe("the dashboard counts events, not reports", () => {
  it("counts three reports of one recruitment drive and a later one as two", () => {
    const model = dashboardModel(inputs(), NO_FILTERS);
    expect(model.counts["recruitment-hotspots"]).toBe(2);
    const mark = model.marks.find((m) => m.layer === "recruitment-hotspots")!;
    expect(mark.value).toBe(2);
    expect(mark.claims).toBe(4); // the popup still lists every source's passage
  });

  it("gives a mark its number of independent sources: two Reuters articles count once", () => {
    const mark = dashboardModel(inputs(), NO_FILTERS).marks.find((m) => m.layer === "recruitment-hotspots")!;
    expect(mark.sources).toBe(2);
  });

  it("puts the event id, its sources and both grades on each claim row", () => {
    // Rows are no longer in the model (scale): the table and popups read them as claimRows makes them.
    const [row] = claimRows(inputs(), NO_FILTERS);
    expect(row).toMatchObject({ event: `e-${reports[0]!.id.slice(2)}`, sources: 2, reliability: "F", credibility: 6 });
  });

  it("keeps only claims at or above a grade floor", () => {
    const model = dashboardModel(inputs(), { ...NO_FILTERS, grade: "B2" });
    expect(model.claimsTotal).toBe(2);
    expect(claimRows(inputs(), { ...NO_FILTERS, grade: "B2" }).map((c) => c.article)).toEqual(["a3", "a3"]);
    expect(claimRows(inputs(), { ...NO_FILTERS, grade: "A1" })).toEqual([]);
    expect(dashboardModel(inputs(), { ...NO_FILTERS, grade: "A1" }).claimsTotal).toBe(0);
  });
});

describe("view parameters for grades and events", () => {
  it("reads and writes grade, shade and group, and only when set", () => {
    const { view, issues } = fromParams(new URLSearchParams("grade=B2&shade=sources&group=event"));
    expect(issues).toEqual([]);
    expect(view).toMatchObject({ grade: "B2", shade: "sources", group: "event" });
    expect(toParams(view).toString()).toBe("grade=B2&shade=sources&group=event");
    expect(toParams(DEFAULT_VIEW).toString()).toBe("");
  });

  it("reports a bad grade, shade or group and ignores it", () => {
    const { view, issues } = fromParams(new URLSearchParams("grade=G9&shade=colour&group=article"));
    expect(issues.map((i) => i.param)).toEqual(["grade", "shade", "group"]);
    expect(view).toMatchObject({ grade: null, shade: null, group: null });
  });
});

describe("shading by independent sources", () => {
  it("scales a recruitment point by its outlets instead of its events when shade=sources", async () => {
    const { mapMarks } = await import("@/lib/map/mark-states");
    const model = dashboardModel(inputs(), NO_FILTERS);
    const byEvents = mapMarks(model.marks, ["recruitment-hotspots"], new Map(), null, "en");
    const bySources = mapMarks(model.marks, ["recruitment-hotspots"], new Map(), null, "en", "sources");
    expect(byEvents.points.features[0]!.properties.value).toBe(2);
    expect(bySources.points.features[0]!.properties.value).toBe(2);
    const mark = { ...model.marks.find((m) => m.layer === "recruitment-hotspots")!, sources: 5 };
    expect(mapMarks([mark], ["recruitment-hotspots"], new Map(), null, "en", "sources").points.features[0]!.properties.value).toBe(5);
    expect(mapMarks([mark], ["recruitment-hotspots"], new Map(), null, "en").points.features[0]!.properties.value).toBe(2);
  });
});
