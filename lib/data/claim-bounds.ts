import { applyCuration, type Curation, type Merged } from "../articles/curation";
import type { Article, Claim } from "../schema/article";

/** What a write takes of an article's claims: the curation merged safely, and the bounds on how many. */
/** applyCuration, but a curation that cannot apply leaves the automatic result with a warning. */
export function mergeSafely(article: Article, auto: Claim[], cur: Curation | undefined): Merged {
  try {
    return applyCuration(article, auto, cur);
  } catch (e) {
    return { article, claims: auto, notes: {}, warnings: [`curation not applied: ${(e as Error).message.split("\n")[0]}`] };
  }
}

/**
 * What one article may produce (issue 17 item 5): a repetitive 4.9 MB text gave 103k claims and a
 * 515 MB reader page. Real articles stay far below (the seed: 17 claims, at most 3 per passage).
 */
export const CLAIM_BOUNDS = { perPassage: 25, perArticle: 2000 } as const;

export interface Bounded {
  claims: Claim[];
  /** How many claims were left out; 0 when the article was within bounds. */
  dropped: number;
  /** One line for the operator and the reader's notice, when anything was left out. */
  message?: string;
}

/** The first claims of each passage and of the article, in order, up to the bounds. */
export function boundClaims(claims: readonly Claim[], bounds: { perPassage: number; perArticle: number } = CLAIM_BOUNDS): Bounded {
  const perPassage = new Map<string, number>();
  const kept: Claim[] = [];
  for (const c of claims) {
    if (kept.length >= bounds.perArticle) break;
    const n = perPassage.get(c.passageId) ?? 0;
    if (n >= bounds.perPassage) continue;
    perPassage.set(c.passageId, n + 1);
    kept.push(c);
  }
  const dropped = claims.length - kept.length;
  if (!dropped) return { claims: kept, dropped };
  const fmt = (n: number) => n.toLocaleString("en");
  return {
    claims: kept,
    dropped,
    message: `kept ${fmt(kept.length)} of ${fmt(claims.length)} automatic claims: an article may give at most ${fmt(bounds.perPassage)} per passage and ${fmt(bounds.perArticle)} in all (a text that repeats itself yields claims without end)`,
  };
}
