import { describe, expect, it } from "vitest";
import { compareChanges, controlAsOf, controlChanges, controlChangesAmong, saysTaken, STATE_HOLDER } from "@/lib/time/control";
import { controlClaimIds, controlMarks, withControlMarks } from "@/lib/time/control-marks";
import { dashboardModel } from "@/lib/view/dashboard-model";
import { NO_FILTERS } from "@/lib/view/view-state";
import type { Claim } from "@/lib/schema/article";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const d = (value: string) => ({ value, precision: (value.length === 4 ? "year" : value.length === 7 ? "month" : "day") as "year" | "month" | "day", inferred: false });
const town = ref("city:1");
const loss = (actor: string, date: string, over: Partial<Claim> = {}) =>
  claim({ kind: "territorial-loss", places: [town], actors: [actor], date: d(date), quote: "lost the town", ...over });
const taken = (actor: string, date: string, over: Partial<Claim> = {}) =>
  claim({ kind: "presence", places: [town], actors: [actor], date: d(date), quote: "militants seized the town", ...over });

describe("control changes", () => {
  it("read a seizure, a capture, an overrun or a retaking in English and Arabic, and not mere presence", () => {
    expect(saysTaken("ISIS fighters overran the town")).toBe(true);
    expect(saysTaken("the group recaptured the village")).toBe(true);
    expect(saysTaken("سيطر مسلحو التنظيم على البلدة")).toBe(true);
    expect(saysTaken("ISIS remains active around the town")).toBe(false);
  });
  it("come from losses and seizures of towns only: an area lost is no place changing hands, a presence no change", () => {
    const province = claim({ kind: "territorial-loss", places: [ref("province:IQ-AA")], actors: ["isis"], date: d("2017") });
    const present = claim({ kind: "presence", places: [town], actors: ["isis"], date: d("2017"), quote: "ISIS is active in the town" });
    const undated = claim({ kind: "territorial-loss", places: [town], actors: ["isis"], quote: "lost" });
    const changes = controlChanges([province, present, undated, loss("isis", "2017-07"), taken("isis", "2016-01")], PLACES);
    expect(changes.map((c) => [c.change, c.holder])).toEqual([
      ["lost", STATE_HOLDER],
      ["taken", "isis"],
    ]);
  });
  it("a loss without a later gain leaves the place with the state", () => {
    const [c] = controlAsOf(controlChanges([taken("isis", "2014-06-10"), loss("isis", "2017-07-10")], PLACES), null);
    expect(c).toMatchObject({ placeId: "city:1", holder: STATE_HOLDER, since: d("2017-07-10"), uncertain: false });
    expect(c!.changes).toHaveLength(2);
  });
  it("cut at a month: changes dated after it do not count yet", () => {
    const changes = controlChanges([taken("isis", "2014-06-10"), loss("isis", "2017-07-10")], PLACES);
    expect(controlAsOf(changes, "2017-06")[0]).toMatchObject({ holder: "isis", uncertain: false });
    expect(controlAsOf(changes, "2017-07")[0]).toMatchObject({ holder: STATE_HOLDER });
    expect(controlAsOf(changes, "2014-05")).toEqual([]);
  });
  it("order by date at its precision: a day inside a month comes before the month as a whole", () => {
    const changes = controlChanges([loss("isis", "2017-07"), taken("hts", "2017-07-01")], PLACES);
    expect([...changes].sort(compareChanges).map((c) => c.holder)).toEqual(["hts", STATE_HOLDER]);
    // The two dates overlap and name different holders: the order is a guess, and said to be one.
    expect(controlAsOf(changes, null)[0]).toMatchObject({ holder: STATE_HOLDER, uncertain: true });
  });
  it("a change dated only to a year counts within it, but is uncertain until the year has passed", () => {
    const changes = controlChanges([loss("isis", "2017")], PLACES);
    expect(controlAsOf(changes, "2017-03")[0]).toMatchObject({ holder: STATE_HOLDER, uncertain: true });
    expect(controlAsOf(changes, "2017-12")[0]).toMatchObject({ holder: STATE_HOLDER, uncertain: false });
  });
  it("a tie from one passage (X seized it from Y) leaves it with X, with no doubt", () => {
    const passage = { article: "a-1", passageId: "p-same" };
    const changes = controlChanges([taken("hts", "2017-02-03", passage), loss("isis", "2017-02-03", passage)], PLACES);
    expect(controlAsOf(changes, null)[0]).toMatchObject({ holder: "hts", uncertain: false });
  });
  it("a tie between two articles on the same day is ordered by claim id and marked uncertain", () => {
    const changes = controlChanges([taken("hts", "2017-02-03"), taken("isis", "2017-02-03")], PLACES);
    const [c] = controlAsOf(changes, null);
    expect(c!.uncertain).toBe(true);
    expect(controlAsOf([...changes].reverse(), null)[0]!.holder).toBe(c!.holder);
  });
});

describe("control changes among a view's claims", () => {
  it("are the corpus's changes whose claims the view shows, in date order", () => {
    const a = loss("isis", "2017-07-10");
    const b = taken("hts", "2016-01-01");
    const all = [a, b];
    expect(controlChangesAmong(all, all, PLACES).map((c) => c.claimId)).toEqual([b.id, a.id]);
    expect(controlChangesAmong(all, [b], PLACES).map((c) => c.claimId)).toEqual([b.id]);
  });
});

describe("control marks", () => {
  it("colour a town by the group holding it, or by no group when the state does, listing every change's claim", () => {
    const a = taken("isis", "2014-06-10");
    const b = loss("isis", "2017-07-10");
    const changes = controlChanges([a, b], PLACES);
    const [held] = controlMarks(controlAsOf(changes, "2016-01"), PLACES);
    // Marks carry counts, not claim ids (scale): the popup's claims come from controlClaimIds.
    expect(held).toMatchObject({ id: "control-changes@city:1", layer: "control-changes", actor: "isis", targets: [], claims: 1, value: 1 });
    expect(controlClaimIds({ claims: [a, b], places: PLACES }, [a, b], { ...NO_FILTERS, at: "2016-01" }, "city:1")).toEqual([a.id]);
    const [lost] = controlMarks(controlAsOf(changes, null), PLACES);
    expect(lost).toMatchObject({ actor: null, fromActor: "isis", claims: 2, control: { holder: STATE_HOLDER, uncertain: false } });
    expect(controlClaimIds({ claims: [a, b], places: PLACES }, [a, b], NO_FILTERS, "city:1")).toEqual([b.id, a.id]);
  });
});

describe("the dashboard model with control changes", () => {
  const actors = [{ id: "isis", nameEn: "ISIS", nameAr: "داعش", color: "#111111" }];
  const a = taken("isis", "2014-06-10");
  const b = loss("isis", "2017-07-10");
  it("carries the layer's marks and its count of claims, as of the view's month", () => {
    const then = dashboardModel({ claims: [a, b], places: PLACES, actors }, { ...NO_FILTERS, at: "2016-01" });
    expect(then.marks.filter((m) => m.layer === "control-changes").map((m) => m.actor)).toEqual(["isis"]);
    expect(then.counts["control-changes"]).toBe(1);
    const now = dashboardModel({ claims: [a, b], places: PLACES, actors }, NO_FILTERS);
    expect(now.counts["control-changes"]).toBe(2);
  });
  it("looks back past a moving window's start: a town taken before the window is still held", () => {
    const m = dashboardModel({ claims: [a], places: PLACES, actors }, { ...NO_FILTERS, at: "2016-01", windowMonths: 3 });
    expect(m.claimsTotal).toBe(0);
    expect(m.marks.find((x) => x.layer === "control-changes")?.control?.holder).toBe("isis");
  });
  it("replaces, never doubles, the layer when applied to a model that has it", () => {
    const m = dashboardModel({ claims: [a, b], places: PLACES, actors }, NO_FILTERS);
    const again = withControlMarks(m, { claims: [a, b], places: PLACES }, [a, b], NO_FILTERS);
    expect(again.marks.filter((x) => x.layer === "control-changes")).toHaveLength(1);
  });
});
