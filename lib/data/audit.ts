import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema";

/**
 * The audit trail (issue 15 §4): who changed what, when, and the value before and after. Written
 * in the transaction of the change itself, so a change and its record stand or fall together.
 */
export type AuditEntity = "article" | "claim" | "setting" | "user" | "token";

/** Who acted: a signed-in Actor (lib/auth/guard.ts) satisfies it; the CLI passes `cliActor()`. */
export interface AuditActor {
  id: string | null;
  email: string;
}

export interface AuditInput {
  actor: AuditActor;
  entity: AuditEntity;
  entityId: string;
  /** What happened, e.g. "accept", "reject", "edit", "create", "delete", "import", "undo". */
  action: string;
  /** The value before (null: it did not exist) and after (null: it no longer does), as JSON-able data. */
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: AuditActor;
  entity: AuditEntity;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

export async function recordAudit(trx: Transaction<Database> | Kysely<Database>, e: AuditInput): Promise<number> {
  const row = await trx
    .insertInto("audit_log")
    .values({
      at: new Date().toISOString(),
      actor_id: e.actor.id,
      actor_email: e.actor.email,
      entity: e.entity,
      entity_id: e.entityId,
      action: e.action,
      before_json: json(e.before),
      after_json: json(e.after),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

type Row = Database["audit_log"] & { id: number };

function toEntry(r: Row): AuditEntry {
  return {
    id: Number(r.id),
    at: r.at,
    actor: { id: r.actor_id, email: r.actor_email },
    entity: r.entity as AuditEntity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  };
}

/** An entity's history, newest first. */
export async function auditOf(db: Kysely<Database> | Transaction<Database>, entity: AuditEntity, entityId: string, limit = 100): Promise<AuditEntry[]> {
  const rows = await db.selectFrom("audit_log").selectAll().where("entity", "=", entity).where("entity_id", "=", entityId).orderBy("id", "desc").limit(limit).execute();
  return (rows as Row[]).map(toEntry);
}

/** The CLI's actor: the operating-system user running it (there is no session on a terminal). */
export function cliActor(): AuditActor {
  const who = process.env.USER || process.env.LOGNAME || "unknown";
  return { id: null, email: `cli:${who}` };
}
