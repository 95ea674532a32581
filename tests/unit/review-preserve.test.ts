import { describe, expect, it } from "vitest";
import { type ClaimRowState, keepDecisions } from "@/lib/review/preserve";
import type { Claim, Passage } from "@/lib/schema/article";

/** The rule re-extraction follows: a person's decision is never overwritten (issue 15 §3). */
const P: Passage = { id: "p-a", start: 0, end: 40, text: "ISIS fighters seized the town of Mosul.", paragraph: 0 };
const passages = new Map([[P.id, P]]);

function row(id: string, span: [number, number], kind: Claim["kind"], over: Partial<ClaimRowState> = {}): ClaimRowState {
  const claim = {
    id,
    article: "a",
    passageId: P.id,
    span: { start: span[0], end: span[1] },
    quote: P.text.slice(span[0], span[1]),
    kind,
    actors: [],
    places: [],
    countries: [],
    certainty: "asserted",
    method: "auto",
    confidence: 0.8,
    summary: "",
  } as Claim;
  return { claim, status: "proposed", reviewedBy: null, reviewedAt: null, rev: 0, note: null, ...over };
}

describe("keepDecisions", () => {
  it("keeps a decided claim over the fresh one with the same passage, span and kind, even when its id changed", () => {
    const decided = row("c-old", [0, 13], "presence", { status: "rejected", reviewedBy: "ana" });
    const fresh = [row("c-new", [0, 13], "presence"), row("c-other", [14, 38], "territorial-loss")];
    const { rows } = keepDecisions(fresh, [decided], passages);
    expect(rows.map((r) => [r.claim.id, r.status])).toEqual([
      ["c-old", "rejected"],
      ["c-other", "proposed"],
    ]);
  });

  it("keeps an edited claim (its kind changed) over the fresh one with its id", () => {
    const edited = row("c-1", [0, 13], "threat", { status: "accepted", reviewedBy: "ana", rev: 3 });
    const { rows } = keepDecisions([row("c-1", [0, 13], "presence")], [edited], passages);
    expect(rows).toEqual([edited]);
  });

  it("lets a different claim on the same span in (another kind): it is a new proposal", () => {
    const decided = row("c-1", [0, 13], "presence", { status: "accepted", reviewedBy: "ana" });
    const { rows } = keepDecisions([row("c-2", [0, 13], "recruitment")], [decided], passages);
    expect(rows.map((r) => r.claim.id)).toEqual(["c-1", "c-2"]);
  });

  it("reports a decided claim whose passage no longer holds its quote instead of keeping a claim without a source", () => {
    const gone = { ...row("c-1", [0, 13], "presence", { status: "accepted", reviewedBy: "ana" }) };
    gone.claim = { ...gone.claim, passageId: "p-gone" };
    const { rows, orphaned } = keepDecisions([], [gone], passages);
    expect(rows).toEqual([]);
    expect(orphaned).toEqual([gone]);
  });
});
