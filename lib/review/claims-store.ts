import { randomBytes } from "node:crypto";
import type { Selectable, Transaction } from "kysely";
import { ApiError } from "../api/errors";
import { loadActorLexicon } from "../articles/resources";
import { type AuditActor, type AuditEntry, auditOf, recordAudit } from "../data/audit";
import { db } from "../data/connection";
import type { Database } from "../data/schema";
import { inWrite, insertIndexRows, recordChange, rowState } from "../data/write";
import { loadGazetteer } from "../geo/geodata-files";
import type { Claim, Passage } from "../schema/article";
import { applyEdit, buildClaim, type ClaimEdit, type Lookups, type NewClaim, ReviewInputError } from "./edit";
import type { ClaimRowState } from "./preserve";

/**
 * The review's writes (issue 15 §3, §4). Each is one write transaction (inWrite bumps the corpus
 * version, so layers and pages serve the change on the next request), records the article as
 * changed, and writes the audit entry with the claim's state before and after.
 */

/** A claim as the review API shows it: the claim, its review state and revision. */
export interface ReviewedClaim {
  key: string;
  article: string;
  claim: Claim;
  status: ClaimRowState["status"];
  rev: number;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** The state kept in the audit trail (what undo restores). */
type Snapshot = Pick<ClaimRowState, "claim" | "status" | "reviewedBy" | "reviewedAt">;

let lookups: Lookups | undefined;
export function reviewLookups(): Lookups {
  lookups ??= {
    places: new Map(loadGazetteer().places.map((p) => [p.id, p])),
    actors: new Map(loadActorLexicon().actors.map((a) => [a.id, a])),
  };
  return lookups;
}

/** "slug:c-…" names one claim of one article; a bare "c-…" is looked up (ids hash their passage). */
export function parseClaimKey(key: string): { article?: string; id: string } {
  const m = /^(?:([a-z0-9][a-z0-9_-]{0,80}):)?(c-[a-z0-9-]{1,64})$/.exec(key);
  if (!m) throw new ApiError("bad_request", "A claim id is `c-…` or `article-slug:c-…`.");
  return { ...(m[1] ? { article: m[1] } : {}), id: m[2]! };
}

export const claimKey = (article: string, id: string) => `${article}:${id}`;

type Row = Selectable<Database["claims"]>;

async function findRow(trx: Transaction<Database> | Awaited<ReturnType<typeof db>>, key: string): Promise<Row> {
  const { article, id } = parseClaimKey(key);
  const rows = await trx
    .selectFrom("claims")
    .selectAll()
    .where("id", "=", id)
    .$if(article !== undefined, (q) => q.where("article", "=", article!))
    .limit(2)
    .execute();
  if (!rows.length) throw new ApiError("not_found", `No claim ${key}.`);
  if (rows.length > 1) throw new ApiError("conflict", `Several articles have a claim ${id}; name it as article-slug:${id}.`);
  return rows[0]!;
}

function toReviewed(r: Row): ReviewedClaim {
  const s = rowState(r);
  return { key: claimKey(r.article, r.id), article: r.article, claim: s.claim, status: s.status, rev: s.rev, reviewedBy: s.reviewedBy, reviewedAt: s.reviewedAt };
}

const snapshot = (r: ReviewedClaim | ClaimRowState): Snapshot => ({ claim: r.claim, status: r.status, reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt });

export async function getClaim(key: string): Promise<ReviewedClaim> {
  return toReviewed(await findRow(await db(), key));
}

/** Writes a claim's new state over its row (and its index rows), bumping its revision. */
async function writeState(trx: Transaction<Database>, r: Row, s: Snapshot): Promise<ReviewedClaim> {
  const claim = { ...s.claim, status: s.status };
  await trx
    .updateTable("claims")
    .set({
      data: JSON.stringify(claim),
      kind: claim.kind,
      status: s.status,
      method: claim.method,
      date_value: claim.date?.value ?? null,
      rev: Number(r.rev) + 1,
      reviewed_by: s.reviewedBy,
      reviewed_at: s.reviewedAt,
    })
    .where("article", "=", r.article)
    .where("id", "=", r.id)
    .execute();
  for (const t of ["claim_places", "claim_actors", "claim_countries"] as const) await trx.deleteFrom(t).where("article", "=", r.article).where("claim_id", "=", r.id).execute();
  await insertIndexRows(trx, r.article, [claim]);
  await recordChange(trx, r.article);
  return { key: claimKey(r.article, r.id), article: r.article, claim, status: s.status, rev: Number(r.rev) + 1, reviewedBy: s.reviewedBy, reviewedAt: s.reviewedAt };
}

function checkRev(r: Row, rev: number): void {
  if (Number(r.rev) !== rev) throw new ApiError("conflict", `The claim changed since you read it (revision ${rev}, now ${r.rev}); reload it and decide again.`);
}

function actionOf(edit: ClaimEdit, fieldsChanged: boolean): string {
  if (fieldsChanged) return "edit";
  return edit.status === "accepted" ? "accept" : edit.status === "rejected" ? "reject" : "reopen";
}

function asInputError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ReviewInputError) throw new ApiError("unprocessable", e.message);
    throw e;
  }
}

/** Applies one reviewer's change to one claim; 409 when its revision moved since they read it. */
export async function editClaim(key: string, edit: ClaimEdit, actor: AuditActor): Promise<ReviewedClaim> {
  return inWrite(await db(), async (trx) => {
    const r = await findRow(trx, key);
    checkRev(r, edit.rev);
    const before = toReviewed(r);
    const claim = asInputError(() => applyEdit(before.claim, edit, reviewLookups()));
    const fieldsChanged = JSON.stringify({ ...claim, status: undefined }) !== JSON.stringify({ ...before.claim, status: undefined });
    const status = edit.status ?? before.status;
    const after = await writeState(trx, r, { claim, status, reviewedBy: actor.email, reviewedAt: new Date().toISOString() });
    await recordAudit(trx, { actor, entity: "claim", entityId: after.key, action: actionOf(edit, fieldsChanged), before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Accepts several claims at once (a selection in the queue): all or none. */
export async function acceptMany(items: { key: string; rev: number }[], actor: AuditActor): Promise<ReviewedClaim[]> {
  return inWrite(await db(), async (trx) => {
    const out: ReviewedClaim[] = [];
    for (const it of items) {
      const r = await findRow(trx, it.key);
      checkRev(r, it.rev);
      const before = toReviewed(r);
      const after = await writeState(trx, r, { claim: before.claim, status: "accepted", reviewedBy: actor.email, reviewedAt: new Date().toISOString() });
      await recordAudit(trx, { actor, entity: "claim", entityId: after.key, action: "accept", before: snapshot(before), after: snapshot(after) });
      out.push(after);
    }
    return out;
  });
}

/** A reviewer's own claim on a passage span: accepted, theirs, recorded. */
export async function addClaim(slug: string, input: NewClaim, actor: AuditActor): Promise<ReviewedClaim> {
  return inWrite(await db(), async (trx) => {
    const p = await trx.selectFrom("passages").selectAll().where("article", "=", slug).where("id", "=", input.passageId).executeTakeFirst();
    if (!p) {
      const a = await trx.selectFrom("articles").select("slug").where("slug", "=", slug).executeTakeFirst();
      throw a ? new ApiError("unprocessable", `Article ${slug} has no passage ${input.passageId}.`) : new ApiError("not_found", `No article ${slug}.`);
    }
    const passage: Passage = { id: p.id, start: Number(p.start_offset), end: Number(p.end_offset), text: p.text, paragraph: Number(p.paragraph) };
    const id = `c-h${randomBytes(5).toString("hex")}`;
    const claim = asInputError(() => buildClaim(slug, passage, input, id, reviewLookups()));
    const last = await trx
      .selectFrom("claims")
      .select((eb) => eb.fn.max("ord").as("ord"))
      .where("article", "=", slug)
      .executeTakeFirst();
    const at = new Date().toISOString();
    await trx
      .insertInto("claims")
      .values({
        article: slug,
        id,
        ord: Number(last?.ord ?? -1) + 1,
        passage_id: passage.id,
        kind: claim.kind,
        status: "accepted",
        method: claim.method,
        date_value: claim.date?.value ?? null,
        data: JSON.stringify(claim),
        note: null,
        rev: 0,
        reviewed_by: actor.email,
        reviewed_at: at,
      })
      .execute();
    await insertIndexRows(trx, slug, [claim]);
    await recordChange(trx, slug);
    const added: ReviewedClaim = { key: claimKey(slug, id), article: slug, claim, status: "accepted", rev: 0, reviewedBy: actor.email, reviewedAt: at };
    await recordAudit(trx, { actor, entity: "claim", entityId: added.key, action: "create", before: null, after: snapshot(added) });
    return added;
  });
}

export async function claimHistory(key: string): Promise<{ claim: ReviewedClaim; history: AuditEntry[] }> {
  const d = await db();
  const r = await findRow(d, key);
  return { claim: toReviewed(r), history: await auditOf(d, "claim", claimKey(r.article, r.id)) };
}

/**
 * Undoes the claim's last change: restores the state its latest audit entry started from (a
 * claim a person added is removed again) and records the undo, which may itself be undone.
 */
export async function undoLast(key: string, rev: number, actor: AuditActor): Promise<ReviewedClaim | null> {
  return inWrite(await db(), async (trx) => {
    const r = await findRow(trx, key);
    checkRev(r, rev);
    const current = toReviewed(r);
    const [last] = await auditOf(trx, "claim", current.key, 1);
    if (!last) throw new ApiError("conflict", "This claim has no recorded change to undo.");
    const before = last.before as Partial<Snapshot> | null;
    if (before === null) {
      for (const t of ["claim_places", "claim_actors", "claim_countries", "claims"] as const) {
        await trx
          .deleteFrom(t)
          .where("article", "=", r.article)
          .where(t === "claims" ? "id" : "claim_id", "=", r.id)
          .execute();
      }
      await recordChange(trx, r.article);
      await recordAudit(trx, { actor, entity: "claim", entityId: current.key, action: "undo", before: snapshot(current), after: null });
      return null;
    }
    // Entries written at ingest (--accept, auto-accept) hold the status only.
    const restored: Snapshot = {
      claim: before.claim ?? current.claim,
      status: before.status ?? current.status,
      reviewedBy: before.reviewedBy ?? null,
      reviewedAt: before.reviewedAt ?? null,
    };
    const after = await writeState(trx, r, restored);
    await recordAudit(trx, { actor, entity: "claim", entityId: current.key, action: "undo", before: snapshot(current), after: snapshot(after) });
    return after;
  });
}

/** Deletes an article with everything derived from it (admin only); the audit keeps what it was. */
export async function deleteArticle(slug: string, actor: AuditActor): Promise<void> {
  await inWrite(await db(), async (trx) => {
    const a = await trx.selectFrom("articles").select(["slug", "title", "url", "sha256", "lang"]).where("slug", "=", slug).executeTakeFirst();
    if (!a) throw new ApiError("not_found", `No article ${slug}.`);
    const counts = await trx
      .selectFrom("claims")
      .select("status")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("article", "=", slug)
      .groupBy("status")
      .execute();
    for (const t of ["claim_places", "claim_actors", "claim_countries", "claims", "passages", "curations"] as const) await trx.deleteFrom(t).where("article", "=", slug).execute();
    await trx.deleteFrom("articles").where("slug", "=", slug).execute();
    await recordChange(trx, slug);
    await recordAudit(trx, {
      actor,
      entity: "article",
      entityId: slug,
      action: "delete",
      before: { ...a, claims: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])) },
      after: null,
    });
  });
}
