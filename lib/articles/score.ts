import type { Claim } from "../schema/article";

/**
 * Agreement between automatic and reviewed claims, per passage: a place, actor or kind
 * counts once per passage it is claimed in, so one passage's hit cannot mask another's miss.
 */

export interface PR {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  auto: number;
  gold: number;
}

function pr(auto: Set<string>, gold: Set<string>): PR {
  const tp = [...auto].filter((x) => gold.has(x)).length;
  const precision = auto.size ? tp / auto.size : 1;
  const recall = gold.size ? tp / gold.size : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, auto: auto.size, gold: gold.size };
}

const pairs = (cs: Claim[], f: (c: Claim) => string[]) => new Set(cs.flatMap((c) => f(c).map((x) => `${c.passageId}|${x}`)));

export function scoreClaims(auto: Claim[], gold: Claim[]): { places: PR; actors: PR; kinds: PR } {
  return {
    places: pr(
      pairs(auto, (c) => c.places.map((p) => p.placeId)),
      pairs(gold, (c) => c.places.map((p) => p.placeId)),
    ),
    actors: pr(
      pairs(auto, (c) => c.actors),
      pairs(gold, (c) => c.actors),
    ),
    kinds: pr(
      pairs(auto, (c) => [c.kind]),
      pairs(gold, (c) => [c.kind]),
    ),
  };
}
