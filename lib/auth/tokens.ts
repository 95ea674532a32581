import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../data/schema";

/**
 * API tokens for scripts (`Authorization: Bearer atlas_…`). The token is printed once; the store
 * keeps its sha256 only (a token is 256 random bits, so a fast hash is enough: nothing to
 * brute-force), so a leaked database does not leak usable tokens.
 */
export const TOKEN_PREFIX = "atlas_";

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export interface TokenInfo {
  id: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createToken(db: Kysely<Database>, userId: string): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const id = randomBytes(6).toString("hex");
  await db
    .insertInto("api_tokens")
    .values({ id, user_id: userId, hash: hashToken(token), created_at: new Date().toISOString(), last_used_at: null, revoked_at: null })
    .execute();
  return { id, token };
}

/** The user a live token belongs to, or undefined (unknown, malformed or revoked). */
export async function userOfToken(db: Kysely<Database>, token: string): Promise<Database["user"] | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("user", "user.id", "api_tokens.user_id")
    .selectAll("user")
    .select("api_tokens.id as token_id")
    .where("api_tokens.hash", "=", hashToken(token))
    .where("api_tokens.revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  await db.updateTable("api_tokens").set({ last_used_at: new Date().toISOString() }).where("id", "=", row.token_id).execute();
  const { token_id: _, ...user } = row;
  return user;
}

/** Revokes a token by id; false when there is no live token with that id. */
export async function revokeToken(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db.updateTable("api_tokens").set({ revoked_at: new Date().toISOString() }).where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function tokensOf(db: Kysely<Database>, userId: string): Promise<TokenInfo[]> {
  const rows = await db.selectFrom("api_tokens").selectAll().where("user_id", "=", userId).orderBy("created_at").execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}
