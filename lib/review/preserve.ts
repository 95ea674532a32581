import type { Claim, Passage } from "../schema/article";
import type { ClaimStatus } from "../data/schema";

/**
 * Re-running extraction on an article (`ingest --replace`, a lexicon change) must keep every
 * human decision (issue 15 §3): a claim a person accepted, rejected or edited is matched to the
 * new extraction by passage and span, and the person's version wins; new proposals come in as
 * proposed. Pure, so the rule is tested on its own (tests/unit/review-preserve.test.ts).
 */
export interface ClaimRowState {
  claim: Claim;
  status: ClaimStatus;
  /** Who decided (null: nobody; the machine's proposal, or a curation file's claim). */
  reviewedBy: string | null;
  reviewedAt: string | null;
  rev: number;
  note: string | null;
}

const spanKey = (c: Pick<Claim, "passageId" | "span" | "kind">) => `${c.passageId}:${c.span.start}:${c.span.end}:${c.kind}`;

/**
 * The rows to store: every decided row whose passage still holds its quote, then the fresh rows
 * that match no decided one (by id, or by passage, span and kind: an edit may have changed the
 * groups or places an id hashes). A decided claim whose passage is gone cannot point at its
 * source any more; it is returned in `orphaned` for the caller to report, never silently lost.
 */
export function keepDecisions(
  fresh: readonly ClaimRowState[],
  decided: readonly ClaimRowState[],
  passages: ReadonlyMap<string, Passage>,
): { rows: ClaimRowState[]; orphaned: ClaimRowState[] } {
  const kept: ClaimRowState[] = [];
  const orphaned: ClaimRowState[] = [];
  for (const d of decided) {
    const p = passages.get(d.claim.passageId);
    if (p && p.text.slice(d.claim.span.start, d.claim.span.end) === d.claim.quote) kept.push(d);
    else orphaned.push(d);
  }
  const ids = new Set(kept.map((d) => d.claim.id));
  // The key a decided claim had when extracted: its current kind, and (for an edited kind) the
  // fresh claim with its id is caught by the id.
  const spans = new Set(kept.map((d) => spanKey(d.claim)));
  const rest = fresh.filter((f) => !ids.has(f.claim.id) && !spans.has(spanKey(f.claim)));
  if (!kept.length) return { rows: rest, orphaned };
  // Passage order (stable: extraction order within a passage, decided claims first): the stored
  // order is what readers list claims by.
  const order = new Map([...passages.keys()].map((id, i) => [id, i]));
  const rows = [...kept, ...rest].sort((a, b) => (order.get(a.claim.passageId) ?? 0) - (order.get(b.claim.passageId) ?? 0));
  return { rows, orphaned };
}
