import type { Claim, ClaimKind } from "../schema/article";

/** What a claim rests on, for its confidence (see claimConfidence). */
export interface ConfidenceEvidence {
  kind: ClaimKind;
  /** How sure the roles are (Outcome.strength): 1 for a clear agent, lower for guesses. */
  strength: number;
  /** Cues in the clause that tell the same claim. */
  cues: number;
  /** Kinds of the claim's places ("city", "province", "region", "country"). */
  places: string[];
  certainty: Claim["certainty"];
  placeFromContext: boolean;
}

// A town named in the clause is the strongest evidence of where; a country alone or no place
// at all is most often a side remark or a place the act did not happen in.
const PLACE_WEIGHT: Record<string, number> = { city: 0.15, province: 0, region: -0.05, country: -0.1 };
// Pledges and defections need two parties and a direction to be right; recruitment cues
// ("joined", "enlisted") often tell of others. Fewer of these are right on the same evidence.
const KIND_WEIGHT: Partial<Record<ClaimKind, number>> = { defection: -0.15, recruitment: -0.15, pledge: -0.05 };

/**
 * A claim's confidence from its evidence, so that a threshold sorts right claims from wrong
 * ones: role certainty weighs most, then how precise the place named in the clause is, the
 * family of the cue, repeated cues, and hedging or second-hand sourcing. An actor taken from
 * context costs nothing: "the group" resolves as reliably as a name (measured on the corpus).
 */
export function claimConfidence(e: ConfidenceEvidence): number {
  // A pledge or a defection is between groups: it rarely has a place, and needs none.
  const directed = e.kind === "pledge" || e.kind === "defection";
  const finest = e.places.length ? Math.max(...e.places.map((k) => PLACE_WEIGHT[k] ?? 0)) : directed ? 0 : -0.15;
  const c =
    0.15 + 0.5 * e.strength + finest + (KIND_WEIGHT[e.kind] ?? 0) + (e.cues > 1 ? 0.05 : 0) - (e.certainty === "hedged" ? 0.1 : e.certainty === "reported" ? 0.05 : 0) - (e.placeFromContext ? 0.1 : 0);
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}
