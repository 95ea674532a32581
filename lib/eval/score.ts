import type { Claim, PartialDate } from "../schema/article";
import type { Gold } from "./gold";
import { autoTuples, countriesOfRef, directed, finestPlaces, goldTuples, rollUp, samePlace, type Lookup, type Tuple } from "./tuples";

/**
 * Scores one article's automatic claims against its hand annotation. Claims are strict: kind,
 * groups (and direction for pledges and defections) and place must all agree. Places, groups and
 * countries are scored as sets per article; dates on the claims that matched.
 */

export interface Count {
  tp: number;
  auto: number;
  gold: number;
}

export interface ArticleScore {
  claims: Count;
  places: Count;
  groups: Count;
  countries: Count;
  /** Among matched claims: `correct` counts those whose gold date the automatic claim agrees with (undated gold claims are not judged). */
  dates: { matched: number; goldDated: number; autoDated: number; correct: number };
  /** Countries on automatic claims that the article never names as a place. */
  forbidden: string[];
  missed: Tuple[];
  spurious: Tuple[];
  /** Each automatic tuple's confidence (its best claim's) and whether it matched: for choosing a threshold. */
  calibration: { confidence: number; matched: boolean }[];
  wrongDates: { tuple: Tuple; got?: PartialDate }[];
}

/** One-to-one matching, in order: each gold item takes the first free automatic item it equals. */
function match<G, A>(gold: G[], auto: A[], eq: (g: G, a: A) => boolean): { pairs: [G, A][]; freeGold: G[]; freeAuto: A[] } {
  const used = new Set<number>();
  const pairs: [G, A][] = [];
  const freeGold: G[] = [];
  for (const g of gold) {
    const i = auto.findIndex((a, j) => !used.has(j) && eq(g, a));
    if (i < 0) freeGold.push(g);
    else {
      used.add(i);
      pairs.push([g, auto[i]!]);
    }
  }
  return { pairs, freeGold, freeAuto: auto.filter((_, j) => !used.has(j)) };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** An automatic date agrees when it is the gold date, or a more precise date inside it. */
export function dateAgrees(gold: string, got: PartialDate | undefined): boolean {
  return got !== undefined && (got.value === gold || got.value.startsWith(gold + "-"));
}

export function scoreArticle(gold: Gold, claims: Claim[], lk: Lookup): ArticleScore {
  const g = goldTuples(gold.claims, lk);
  const a = autoTuples(claims, lk);
  const eq = (x: Tuple, y: Tuple) =>
    x.kind === y.kind &&
    sameList(x.groups, y.groups) &&
    (x.from === undefined || x.from === y.from) &&
    (x.to === undefined || x.to === y.to) &&
    // A pledge or defection whose place the text does not give is judged on its direction alone.
    ((x.place === null && directed(x.kind)) || samePlace(x.place, y.place, lk.places));
  const m = match(g, a, eq);

  const dates = { matched: m.pairs.length, goldDated: 0, autoDated: 0, correct: 0 };
  const wrongDates: ArticleScore["wrongDates"] = [];
  for (const [gt, at] of m.pairs) {
    const want = gt.gold?.date;
    const got = at.claims.map((c) => c.date).filter((d): d is PartialDate => d !== undefined);
    if (want) dates.goldDated++;
    if (got.length) dates.autoDated++;
    // A claim the annotator left undated (an ongoing state, a campaign) is not judged on its date.
    if (!want) continue;
    if (got.some((d) => dateAgrees(want, d))) dates.correct++;
    else wrongDates.push({ tuple: gt, got: got[0] });
  }

  const goldPlaces = [...new Set(gold.claims.map((c) => c.place).filter((p): p is string => p !== null))];
  const autoPlaces = [
    ...new Set(
      claims.flatMap((c) =>
        finestPlaces(
          c.places.map((p) => p.placeId),
          lk.places,
        ),
      ),
    ),
  ];
  const pm = match(goldPlaces, autoPlaces, (x, y) => samePlace(x, y, lk.places));

  const goldGroups = new Set(gold.claims.flatMap((c) => c.groups.map((x) => rollUp(x, lk.actors))));
  const autoGroups = new Set(a.flatMap((t) => t.groups));

  const goldCountries = new Set(goldPlaces.flatMap((p) => countriesOfRef(p, lk.places)));
  const autoCountries = new Set<string>(claims.flatMap((c) => c.countries));
  const allowed = new Set([...gold.mentions, ...goldPlaces].flatMap((p) => countriesOfRef(p, lk.places)));

  return {
    claims: { tp: m.pairs.length, auto: a.length, gold: g.length },
    places: { tp: pm.pairs.length, auto: autoPlaces.length, gold: goldPlaces.length },
    groups: setCount(goldGroups, autoGroups),
    countries: setCount(goldCountries, autoCountries),
    dates,
    forbidden: [...autoCountries].filter((c) => !allowed.has(c)).sort(),
    missed: m.freeGold,
    spurious: m.freeAuto,
    calibration: a.map((t) => ({ confidence: Math.max(...t.claims.map((c) => c.confidence)), matched: !m.freeAuto.includes(t) })),
    wrongDates,
  };
}

function setCount(gold: Set<string>, auto: Set<string>): Count {
  return { tp: [...gold].filter((x) => auto.has(x)).length, auto: auto.size, gold: gold.size };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Count): PRF {
  const precision = c.auto ? c.tp / c.auto : 1;
  const recall = c.gold ? c.tp / c.gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const add = (x: Count, y: Count): Count => ({ tp: x.tp + y.tp, auto: x.auto + y.auto, gold: x.gold + y.gold });
const ZERO: Count = { tp: 0, auto: 0, gold: 0 };

export interface Totals {
  articles: number;
  claims: PRF & Count;
  places: PRF & Count;
  groups: PRF & Count;
  countries: PRF & Count;
  dates: PRF & { matched: number; goldDated: number; autoDated: number; correct: number; rightShare: number };
  forbidden: number;
}

/** Micro-averaged totals over articles (every claim weighs the same). */
export function totals(scores: ArticleScore[]): Totals {
  const sum = (f: (s: ArticleScore) => Count) => scores.map(f).reduce(add, ZERO);
  const withPrf = (c: Count) => ({ ...c, ...prf(c) });
  const d = scores.reduce(
    (acc, s) => ({
      matched: acc.matched + s.dates.matched,
      goldDated: acc.goldDated + s.dates.goldDated,
      autoDated: acc.autoDated + s.dates.autoDated,
      correct: acc.correct + s.dates.correct,
    }),
    { matched: 0, goldDated: 0, autoDated: 0, correct: 0 },
  );
  return {
    articles: scores.length,
    claims: withPrf(sum((s) => s.claims)),
    places: withPrf(sum((s) => s.places)),
    groups: withPrf(sum((s) => s.groups)),
    countries: withPrf(sum((s) => s.countries)),
    dates: { ...prf({ tp: d.correct, auto: d.autoDated, gold: d.goldDated }), ...d, rightShare: d.goldDated ? d.correct / d.goldDated : 1 },
    forbidden: scores.reduce((n, s) => n + s.forbidden.length, 0),
  };
}

/** Claims precision, recall and F1 if only claims at or above each threshold were kept. */
export function thresholdCurve(scores: ArticleScore[], thresholds: number[]): { threshold: number; kept: number; prf: PRF }[] {
  const points = scores.flatMap((s) => s.calibration);
  const gold = scores.reduce((n, s) => n + s.claims.gold, 0);
  return thresholds.map((threshold) => {
    const kept = points.filter((p) => p.confidence >= threshold);
    return { threshold, kept: kept.length, prf: prf({ tp: kept.filter((p) => p.matched).length, auto: kept.length, gold }) };
  });
}
