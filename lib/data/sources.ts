import "server-only";
import { createHash } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { outletKey } from "../events/group";
import type { EventOverride } from "../events/overrides";
import { type Credibility, DEFAULT_CREDIBILITY, DEFAULT_RELIABILITY, type Reliability } from "../grades/scales";
import { db } from "./connection";
import { derived } from "./corpus";
import type { Database } from "./schema";
import { inWrite } from "./write";

/**
 * Grades and event corrections in the store (migration 0004_sources): read once per corpus
 * version, written in one transaction that bumps the version so every server sees the change.
 */

/** An outlet's id: the same for every spelling outletKey folds together ("Reuters", "reuters "). */
export function sourceId(name: string): string {
  return `s-${createHash("sha256").update(outletKey(name, "")).digest("hex").slice(0, 12)}`;
}

export type GradeBook = {
  reliabilityOf: (source: string | undefined) => Reliability;
  credibilityOf: (article: string, claimId: string) => Credibility;
  overrides: EventOverride[];
};

const claimKey = (article: string, claimId: string) => `${article}\u0000${claimId}`;

export async function readGradeBook(k: Kysely<Database>): Promise<GradeBook> {
  const sources = await k.selectFrom("sources").select(["id", "reliability"]).execute();
  const grades = await k.selectFrom("claim_grades").select(["article", "claim_id", "credibility"]).execute();
  const overrides = await k.selectFrom("event_overrides").select(["action", "claims_json"]).orderBy("id").execute();
  const rel = new Map(sources.map((s) => [s.id, s.reliability as Reliability]));
  const cred = new Map(grades.map((g) => [claimKey(g.article, g.claim_id), Number(g.credibility) as Credibility]));
  return {
    reliabilityOf: (source) => (source ? (rel.get(sourceId(source)) ?? DEFAULT_RELIABILITY) : DEFAULT_RELIABILITY),
    credibilityOf: (article, claimId) => cred.get(claimKey(article, claimId)) ?? DEFAULT_CREDIBILITY,
    overrides: overrides.map((o) => ({ action: o.action, claimIds: JSON.parse(o.claims_json) as string[] })),
  };
}

/** The grade book for the current corpus version. */
export function gradeBook(): Promise<GradeBook> {
  return derived("grade-book", async () => readGradeBook(await db()));
}

/** What a write changed, for the caller's audit record (written in the same transaction). */
export type Change = { entity: string; entityId: string; action: string; before: unknown; after: unknown };
export type OnWrite = (trx: Transaction<Database>, change: Change) => Promise<void>;

/**
 * A grade or correction changes no article, but readers patch their corpus from the change rows
 * and read everything again for a version with none. An empty slug names no article: the patch
 * reads nothing and the version still moves, so every derived cache (events, layers) rebuilds.
 */
async function markVersion(trx: Transaction<Database>): Promise<void> {
  await sql`insert into corpus_changes (version, article) select version, '' from corpus where id = 1 on conflict do nothing`.execute(trx);
}

const now = () => new Date().toISOString();

export async function setSourceReliability(id: string, name: string, reliability: Reliability, by: string | null, onWrite: OnWrite): Promise<void> {
  await inWrite(await db(), async (trx) => {
    await markVersion(trx);
    const before = await trx.selectFrom("sources").select("reliability").where("id", "=", id).executeTakeFirst();
    await trx
      .insertInto("sources")
      .values({ id, name, reliability, updated_at: now(), updated_by: by })
      .onConflict((oc) => oc.column("id").doUpdateSet({ name, reliability, updated_at: now(), updated_by: by }))
      .execute();
    await onWrite(trx, {
      entity: "source",
      entityId: id,
      action: "grade",
      before: { name, reliability: before?.reliability ?? DEFAULT_RELIABILITY },
      after: { name, reliability },
    });
  });
}

export async function setClaimCredibility(article: string, claimId: string, credibility: Credibility, by: string | null, onWrite: OnWrite): Promise<void> {
  await inWrite(await db(), async (trx) => {
    await markVersion(trx);
    const before = await trx.selectFrom("claim_grades").select("credibility").where("article", "=", article).where("claim_id", "=", claimId).executeTakeFirst();
    await trx
      .insertInto("claim_grades")
      .values({ article, claim_id: claimId, credibility, updated_at: now(), updated_by: by })
      .onConflict((oc) => oc.columns(["article", "claim_id"]).doUpdateSet({ credibility, updated_at: now(), updated_by: by }))
      .execute();
    await onWrite(trx, {
      entity: "claim",
      entityId: `${article}/${claimId}`,
      action: "credibility",
      before: { credibility: before ? Number(before.credibility) : DEFAULT_CREDIBILITY },
      after: { credibility },
    });
  });
}

export async function addEventOverride(
  action: "split" | "merge",
  eventId: string,
  claimIds: readonly string[],
  before: unknown,
  by: string | null,
  onWrite: OnWrite,
): Promise<void> {
  await inWrite(await db(), async (trx) => {
    await markVersion(trx);
    await trx
      .insertInto("event_overrides")
      .values({ action, event_id: eventId, claims_json: JSON.stringify(claimIds), created_at: now(), created_by: by })
      .execute();
    await onWrite(trx, { entity: "event", entityId: eventId, action, before, after: { claimIds } });
  });
}
