import { type Kysely, sql, type Transaction } from "kysely";
import type { Curation } from "../articles/curation";
import type { Article, Claim } from "../schema/article";
import { ConflictError } from "./errors";
import type { ExchangeEntry } from "./exchange";
import type { Database } from "./schema";
import { type ClaimRowState, keepDecisions } from "../review/preserve";
import { type AuditActor, recordAudit } from "./audit";
import { forgetVersion } from "./version-cache";
import { boundClaims, mergeSafely } from "./claim-bounds";
import { insertChunked, insertClaimRows, rowState, statusOf } from "./claim-rows";

export { boundClaims, CLAIM_BOUNDS, mergeSafely } from "./claim-bounds";
export { insertIndexRows, rowState } from "./claim-rows";

/**
 * Every write: one transaction that bumps the corpus version first. Bumping first takes the
 * write lock before anything is read, so two writers queue instead of one failing on a stale
 * snapshot (SQLite WAL), and readers see the old corpus or the new one, never half of it.
 */
export async function inWrite<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("corpus")
        .set((eb) => ({ version: eb("version", "+", 1) }))
        .where("id", "=", 1)
        .execute();
      return fn(trx);
    });
  } finally {
    forgetVersion();
  }
}

export interface WriteOptions {
  /** Overwrite an article stored with a different text (issue 17 item 4: never silently). */
  replace?: boolean;
  /** Who made the change, for the curation history. */
  who?: string;
  /** Who made the change, for the audit trail (a signed-in actor, or the CLI's). */
  actor?: AuditActor;
  /** Accept every new proposal as this person's decision (`ingest --accept`). */
  acceptAs?: AuditActor;
  /** Apply the admin's auto-accept threshold (default true; the seed and imports carry their own review). */
  autoAccept?: boolean;
}

interface ArticleInput {
  article: Article;
  autoClaims: Claim[];
  /** undefined: keep the stored curation (it survives re-ingestion); null: drop it. */
  curation?: Curation | null;
  /** Workspace decisions carried by an import (exchange `reviews`): kept as stored ones are, and preferred to them. */
  decisions?: ClaimRowState[];
}

const now = () => new Date().toISOString();
/** Changes kept for readers to catch up by; one further behind reads the whole corpus again. */
const CHANGES_KEPT = 10_000;

/**
 * Records that the transaction's version changed this article (see CorpusChangesTable). Every
 * write of an article calls it; a write path that forgets it would leave readers stale, which
 * the store tests check for each path.
 */
export async function recordChange(trx: Transaction<Database>, slug: string): Promise<void> {
  await sql`insert into corpus_changes (version, article) select version, cast(${slug} as text) from corpus where id = 1 on conflict do nothing`.execute(trx);
  await sql`delete from corpus_changes where version < (select version from corpus where id = 1) - cast(${CHANGES_KEPT} as integer)`.execute(trx);
}

/** Writes one article (inside inWrite): its rows, claims as rows, curation and its history. */
export async function writeArticle(trx: Transaction<Database>, input: ArticleInput, opts: WriteOptions = {}): Promise<{ warnings: string[]; created: boolean }> {
  const { article } = input;
  // Bounded here as well as by the CLI, so imports and the seed cannot store more either.
  const bounded = boundClaims(input.autoClaims);
  const autoClaims = bounded.claims;
  const slug = article.slug;
  const existing = await trx.selectFrom("articles").select(["sha256", "created_at"]).where("slug", "=", slug).executeTakeFirst();
  if (existing && existing.sha256 !== article.sha256 && !opts.replace) {
    throw new ConflictError(`article "${slug}" already exists with a different text; pass --replace to overwrite it, or --slug to keep both`);
  }
  const stored = await trx.selectFrom("curations").select("json").where("article", "=", slug).executeTakeFirst();
  let curation: Curation | undefined = stored ? (JSON.parse(stored.json) as Curation) : undefined;
  if (input.curation !== undefined) {
    const after = input.curation === null ? null : JSON.stringify(input.curation);
    if ((stored?.json ?? null) !== after) {
      await trx
        .insertInto("curation_history")
        .values({ article: slug, at: now(), who: opts.who ?? input.curation?.reviewedBy ?? null, before_json: stored?.json ?? null, after_json: after })
        .execute();
    }
    curation = input.curation ?? undefined;
  }
  const merged = mergeSafely(article, autoClaims, curation);
  const warnings = bounded.message ? [bounded.message, ...merged.warnings] : merged.warnings;
  const m = merged.article;
  await recordChange(trx, slug);
  const t = now();
  const storedDecisions = existing
    ? (await trx.selectFrom("claims").selectAll().where("article", "=", slug).where("reviewed_by", "is not", null).orderBy("ord").execute()).map(rowState)
    : [];
  const imported = new Set((input.decisions ?? []).map((d) => d.claim.id));
  const decided = [...(input.decisions ?? []), ...storedDecisions.filter((d) => !imported.has(d.claim.id))];
  for (const table of ["claim_places", "claim_actors", "claim_countries", "claims", "passages", "curations"] as const) {
    await trx.deleteFrom(table).where("article", "=", slug).execute();
  }
  const row = {
    title: m.title,
    lang: m.lang,
    source: m.source ?? null,
    url: m.url ?? null,
    published: m.published ? JSON.stringify(m.published) : null,
    published_note: m.publishedNote ?? null,
    text: m.text,
    sha256: m.sha256,
    ingested_json: JSON.stringify(article),
    auto_claims_json: JSON.stringify(autoClaims),
    warnings_json: JSON.stringify(warnings),
    updated_at: t,
  };
  if (existing) await trx.updateTable("articles").set(row).where("slug", "=", slug).execute();
  else
    await trx
      .insertInto("articles")
      .values({ slug, ...row, created_at: t })
      .execute();
  if (curation) {
    await trx
      .insertInto("curations")
      .values({ article: slug, json: JSON.stringify(curation), reviewed_by: curation.reviewedBy ?? null, reviewed_at: curation.reviewedAt ?? null, updated_at: t })
      .execute();
  }
  await insertChunked(
    trx,
    "passages",
    m.passages.map((p, ord) => ({
      article: slug,
      id: p.id,
      ord,
      start_offset: p.start,
      end_offset: p.end,
      paragraph: p.paragraph,
      text: p.text,
      gloss_en: p.glossEn ?? null,
      gloss_note: p.glossNote ?? null,
    })),
  );
  const final = merged.claims.map((c) => ({ claim: { ...c, status: statusOf(c) }, status: statusOf(c) }));
  const kept = new Set(merged.claims.map((c) => c.id));
  // What the curation removed stays as rejected rows: the review queue (issue 15) shows them.
  const rejected = curation ? autoClaims.filter((c) => !kept.has(c.id)).map((c) => ({ claim: { ...c, status: "rejected" as const }, status: "rejected" as const })) : [];
  const fresh: ClaimRowState[] = [...final, ...rejected].map(({ claim, status }) => ({
    claim,
    status,
    reviewedBy: null,
    reviewedAt: null,
    rev: 0,
    note: merged.notes[claim.id] ?? null,
  }));
  await decideProposals(trx, slug, fresh, opts);
  // A curation file is a person's decision too, and the newer one: the claims it patches,
  // removes or adds are as it says.
  const curated = new Set([...(curation?.patch ?? []), ...(curation?.remove ?? []), ...(curation?.add ?? [])].map((c) => c.id));
  const { rows: all, orphaned } = keepDecisions(
    fresh,
    decided.filter((d) => !curated.has(d.claim.id)),
    new Map(m.passages.map((p) => [p.id, p])),
  );
  if (orphaned.length) warnings.push(`${orphaned.length} reviewed claim(s) no longer match their passage's text and were dropped: ${orphaned.map((o) => o.claim.id).join(", ")}`);
  for (const o of orphaned) {
    await recordAudit(trx, {
      actor: opts.actor ?? { id: null, email: opts.who ?? "ingest" },
      entity: "claim",
      entityId: `${slug}:${o.claim.id}`,
      action: "drop",
      before: o,
      after: null,
    });
  }
  await insertClaimRows(trx, slug, all);
  await stallForTests();
  return { warnings, created: !existing };
}

/**
 * ATLAS_TEST_STALL_WRITE_MS: the crash test's hook. It holds the transaction open after every
 * row is written and says so on stderr, so the test can kill the writer at that exact moment.
 */
async function stallForTests(): Promise<void> {
  const ms = Number(process.env.ATLAS_TEST_STALL_WRITE_MS ?? 0);
  if (!(ms > 0)) return;
  process.stderr.write("atlas-test: inside the write transaction\n");
  await new Promise((r) => setTimeout(r, ms));
}

export async function writeEntries(trx: Transaction<Database>, entries: ExchangeEntry[], opts: WriteOptions = {}): Promise<string[]> {
  const warnings: string[] = [];
  for (const e of entries) {
    const r = await writeArticle(trx, { article: e.article, autoClaims: e.claims, curation: e.curation ?? null, ...(e.reviews ? { decisions: e.reviews } : {}) }, opts);
    warnings.push(...r.warnings.map((w) => `${e.slug}: ${w}`));
  }
  return warnings;
}

const AUTO_ACCEPT: AuditActor = { id: null, email: "auto-accept" };

/**
 * New proposals accepted on the way in: all of them by a person (`ingest --accept`, recorded as
 * that person's decision), or those at or above the admin's confidence threshold (a rule, not a
 * decision: re-extraction applies the rule again). Each is recorded in the audit trail.
 */
async function decideProposals(trx: Transaction<Database>, slug: string, rows: ClaimRowState[], opts: WriteOptions): Promise<void> {
  let threshold: number | null = null;
  if (!opts.acceptAs && opts.autoAccept !== false) {
    const s = await trx.selectFrom("settings").select("value_json").where("key", "=", "review.autoAcceptAbove").executeTakeFirst();
    const v = s ? (JSON.parse(s.value_json) as unknown) : null;
    threshold = typeof v === "number" && v >= 0 && v <= 1 ? v : null;
  }
  if (!opts.acceptAs && threshold === null) return;
  const at = now();
  for (const r of rows) {
    if (r.status !== "proposed") continue;
    if (!opts.acceptAs && !(r.claim.confidence >= threshold!)) continue;
    const before = { status: r.status };
    r.status = "accepted";
    r.claim = { ...r.claim, status: "accepted" };
    if (opts.acceptAs) {
      r.reviewedBy = opts.acceptAs.email;
      r.reviewedAt = at;
    }
    await recordAudit(trx, {
      actor: opts.acceptAs ?? AUTO_ACCEPT,
      entity: "claim",
      entityId: `${slug}:${r.claim.id}`,
      action: opts.acceptAs ? "accept" : "auto-accept",
      before,
      after: { status: "accepted" },
    });
  }
}
