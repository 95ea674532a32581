import type { Insertable, Selectable, Transaction } from "kysely";
import type { ClaimRowState } from "../review/preserve";
import type { Claim } from "../schema/article";
import type { ClaimStatus, Database } from "./schema";

/** Claims as rows: the claims table and its index rows (places, groups, countries), written in chunks. */
const CHUNK = 400;

export async function insertChunked<T extends keyof Database & string>(trx: Transaction<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

export function statusOf(c: Claim): ClaimStatus {
  return c.method === "curated" ? "accepted" : "proposed";
}

/** A stored claim row as the review code sees it. */
export function rowState(r: Selectable<Database["claims"]>): ClaimRowState {
  return { claim: JSON.parse(r.data) as Claim, status: r.status, reviewedBy: r.reviewed_by, reviewedAt: r.reviewed_at, rev: Number(r.rev), note: r.note };
}

/** Writes claim rows and their place, actor and country index rows (the article's are deleted first). */
export async function insertClaimRows(trx: Transaction<Database>, slug: string, all: readonly ClaimRowState[]): Promise<void> {
  await insertChunked(
    trx,
    "claims",
    all.map((r, ord) => ({
      article: slug,
      id: r.claim.id,
      ord,
      passage_id: r.claim.passageId,
      kind: r.claim.kind,
      status: r.status,
      method: r.claim.method,
      date_value: r.claim.date?.value ?? null,
      data: JSON.stringify({ ...r.claim, status: r.status }),
      note: r.note,
      rev: r.rev,
      reviewed_by: r.reviewedBy,
      reviewed_at: r.reviewedAt,
    })),
  );
  await insertIndexRows(
    trx,
    slug,
    all.map((r) => r.claim),
  );
}

/** The rows SQL filters claims by: places, every actor (from and to as well), countries. */
export async function insertIndexRows(trx: Transaction<Database>, slug: string, claims: readonly Claim[]): Promise<void> {
  await insertChunked(
    trx,
    "claim_places",
    claims.flatMap((c) => c.places.map((p) => ({ article: slug, claim_id: c.id, place_id: p.placeId, precision: p.precision }))),
  );
  await insertChunked(
    trx,
    "claim_actors",
    claims.flatMap((c) =>
      [...new Set([...c.actors, ...(c.fromActor ? [c.fromActor] : []), ...(c.toActor ? [c.toActor] : [])])].map((a) => ({ article: slug, claim_id: c.id, actor_id: a })),
    ),
  );
  await insertChunked(
    trx,
    "claim_countries",
    claims.flatMap((c) => c.countries.map((iso3) => ({ article: slug, claim_id: c.id, iso3 }))),
  );
}
