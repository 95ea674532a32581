import "server-only";
import type { Kysely } from "kysely";
import { type AuditActor, recordAudit } from "../data/audit";
import type { Database } from "../data/schema";
import { getAuth } from "./auth";
import type { Role } from "./guard";

/**
 * Accounts, as the `npm run user` CLI manages them. Passwords are hashed by better-auth (scrypt)
 * and stored in its `account` table as a "credential" account, as its own sign-up would.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

export interface UserInfo {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  sessions: number;
}

const normal = (email: string) => email.trim().toLowerCase();

export async function findUser(db: Kysely<Database>, email: string): Promise<Database["user"] | undefined> {
  return db.selectFrom("user").selectAll().where("email", "=", normal(email)).executeTakeFirst();
}

async function userOrThrow(db: Kysely<Database>, email: string): Promise<Database["user"]> {
  const u = await findUser(db, email);
  if (!u) throw new UserError(`no user ${normal(email)}`);
  return u;
}

export async function addUser(db: Kysely<Database>, input: { email: string; password: string; role: Role; name?: string }, by: AuditActor): Promise<string> {
  const email = normal(input.email);
  if (await findUser(db, email)) throw new UserError(`${email} already has an account`);
  const ctx = await (await getAuth(false)).$context;
  const hash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser({ email, name: input.name ?? email.split("@")[0] ?? email, emailVerified: true, role: input.role }, { method: "admin" });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  await recordAudit(db, { actor: by, entity: "user", entityId: email, action: "create", before: null, after: { email, role: input.role } });
  return user.id;
}

export async function listUsers(db: Kysely<Database>): Promise<UserInfo[]> {
  const users = await db.selectFrom("user").selectAll().orderBy("email").execute();
  const now = new Date().toISOString();
  const counts = await db
    .selectFrom("session")
    .select(["userId"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("expiresAt", ">", now)
    .groupBy("userId")
    .execute();
  const byUser = new Map(counts.map((c) => [c.userId, Number(c.n)]));
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role === "admin" ? "admin" : "editor",
    createdAt: new Date(u.createdAt).toISOString(),
    sessions: byUser.get(u.id) ?? 0,
  }));
}

/** Removes the account; its sessions and tokens go with it (foreign keys cascade). */
export async function removeUser(db: Kysely<Database>, email: string, by: AuditActor): Promise<void> {
  const u = await userOrThrow(db, email);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("session").where("userId", "=", u.id).execute();
    await trx.deleteFrom("api_tokens").where("user_id", "=", u.id).execute();
    await trx
      .deleteFrom("account" as never)
      .where("userId" as never, "=", u.id as never)
      .execute();
    await trx.deleteFrom("user").where("id", "=", u.id).execute();
    await recordAudit(trx, { actor: by, entity: "user", entityId: u.email, action: "delete", before: { email: u.email, role: u.role }, after: null });
  });
}

export async function setRole(db: Kysely<Database>, email: string, role: Role, by: AuditActor): Promise<void> {
  const u = await userOrThrow(db, email);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("user").set({ role, updatedAt: new Date().toISOString() }).where("id", "=", u.id).execute();
    await recordAudit(trx, { actor: by, entity: "user", entityId: u.email, action: "role", before: { role: u.role }, after: { role } });
  });
}

/** Ends every session of a user (a lost laptop); tokens are revoked one by one. */
export async function revokeSessions(db: Kysely<Database>, email: string): Promise<number> {
  const u = await userOrThrow(db, email);
  const r = await db.deleteFrom("session").where("userId", "=", u.id).executeTakeFirst();
  return Number(r.numDeletedRows);
}
