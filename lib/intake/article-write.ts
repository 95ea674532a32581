import type { Kysely } from "kysely";
import { ingestText, type IngestOptions, type IngestResult, type Matchers } from "../articles/ingest";
import type { Database } from "../data/schema";
import { boundClaims, inWrite, writeArticle } from "../data/write";

/**
 * The one way an article enters the store, for `npm run ingest` and for the workspace alike:
 * the pure pipeline, the claim bounds, then one write transaction. Claims it stores are
 * automatic, so the store marks them `proposed` until a reviewer decides.
 */

export interface Prepared {
  /** What the pipeline found, claims bounded (what a preview shows and a save stores). */
  result: IngestResult;
  /** All the pipeline's claims; writeArticle bounds them again and keeps the message with the article. */
  allClaims: IngestResult["claims"];
  /** Why claims were left out, when any were. */
  boundMessage?: string;
}

export function prepareArticle(text: string, opts: IngestOptions, m: Matchers): Prepared {
  const raw = ingestText(text, opts, m);
  const bounded = boundClaims(raw.claims);
  return { result: { ...raw, claims: bounded.claims }, allClaims: raw.claims, ...(bounded.message ? { boundMessage: bounded.message } : {}) };
}

export async function saveArticle(k: Kysely<Database>, p: Prepared, opts: { replace?: boolean; who: string }): Promise<{ warnings: string[]; created: boolean }> {
  return inWrite(k, (trx) => writeArticle(trx, { article: p.result.article, autoClaims: p.allClaims }, opts));
}
