import type { Claim, ClaimKind } from "../schema/article";
import type { CueFamily } from "./cues";

/** What a claim rests on, for its confidence (see claimConfidence). */
export interface ConfidenceEvidence {
  kind: ClaimKind;
  /** The cue family that made the claim ("oust" for "liberated", "lose" for "lost"); defaults from the kind. */
  family?: CueFamily;
  /** How sure the roles are (Outcome.strength): 1 for a clear agent, lower for guesses. */
  strength: number;
  /** Cues in the clause that tell the same claim. */
  cues: number;
  /** Kinds of the claim's places ("city", "province", "region", "country"). */
  places: string[];
  certainty: Claim["certainty"];
  placeFromContext: boolean;
  /** The group came from context ("the group", "التنظيم"), not from a name in the passage. */
  actorFromContext?: boolean;
  /** No word in the clause stands for the group: its attack was given to the one group in focus. */
  agentImplicit?: boolean;
  /** Told in the headline, which compresses and often only announces. */
  headline?: boolean;
  /** The passage gives the claim a date of its own. */
  dated?: boolean;
  /** "still holds", "لا يزال يسيطر": a state of affairs stated as current. */
  still?: boolean;
}

// Weights of a logistic model fitted on the corpus's automatic claims (matched to the hand
// annotation or not; leave-one-article-out: keeping >= 0.7 gave P 0.78), then rounded. They are
// log-odds: a feature's weight is how much it moves the odds that a claim is right.
// By cue family: an ouster or a retaking names both sides and is nearly always right; "lost",
// "fell" and a bare attack verb are most often told of someone else or in passing.
const FAMILY_W: Partial<Record<CueFamily, number>> = {
  oust: 0.85,
  retake: 0.85,
  pledge: 0.7,
  defection: 0.25,
  claimed: 0.2,
  presence: -0.15,
  fight: -0.15,
  take: -0.3,
  recruitment: -0.3,
  threat: -0.3,
  attack: -0.55,
  lose: -0.75,
};
const KIND_FAMILY: Record<ClaimKind, CueFamily> = {
  attack: "attack",
  "territorial-loss": "lose",
  presence: "presence",
  recruitment: "recruitment",
  pledge: "pledge",
  defection: "defection",
  threat: "threat",
};
// A town named in the clause is the strongest evidence of where; a country alone, or no place
// at all, is most often a side remark or a place the act did not happen in.
const PLACE_W: Record<string, number> = { city: 0.55, province: 0.25, region: 0.1, country: -0.1 };

/**
 * A claim's confidence from its evidence, so that a threshold sorts right claims from wrong
 * ones. Second-hand and hedged claims weigh a little less: the annotation counts them as right
 * as often as asserted ones, but a reader should see them as less sure.
 */
export function claimConfidence(e: ConfidenceEvidence): number {
  // A pledge or a defection is between groups: it rarely has a place, and needs none.
  const directed = e.kind === "pledge" || e.kind === "defection";
  const place = e.places.length ? Math.max(...e.places.map((k) => PLACE_W[k] ?? 0)) : directed ? 0.2 : -0.3;
  const z =
    -0.2 +
    0.55 * e.strength +
    (FAMILY_W[e.family ?? KIND_FAMILY[e.kind]] ?? 0) +
    place +
    (e.still ? 0.9 : 0) +
    (e.actorFromContext ? 0.4 : 0) -
    (e.agentImplicit ? 0.7 : 0) +
    (e.dated ? 0.35 : 0) -
    (e.headline ? 0.5 : 0) -
    (e.placeFromContext ? 0.15 : 0) -
    (e.certainty === "hedged" ? 0.2 : e.certainty === "reported" ? 0.1 : 0);
  const c = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}
