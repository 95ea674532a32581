import type { Kysely } from "kysely";
import { ingestText, type IngestOptions, type IngestResult, type Matchers } from "../articles/ingest";
import { type AuditActor, recordAudit } from "../data/audit";
import type { Database } from "../data/schema";
import { boundClaims, inWrite, type WriteOptions, writeArticle } from "../data/write";

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

/** Writes the article and records who added it (audit trail) in the same transaction. */
export async function saveArticle(k: Kysely<Database>, p: Prepared, opts: Omit<WriteOptions, "who"> & { actor: AuditActor }): Promise<{ warnings: string[]; created: boolean }> {
  const { article } = p.result;
  return inWrite(k, async (trx) => {
    const r = await writeArticle(trx, { article, autoClaims: p.allClaims }, { ...opts, who: opts.actor.email });
    const summary = { title: article.title, lang: article.lang, url: article.url ?? null, sha256: article.sha256, claims: p.result.claims.length };
    await recordAudit(trx, { actor: opts.actor, entity: "article", entityId: article.slug, action: r.created ? "create" : "replace", before: null, after: summary });
    return r;
  });
}
