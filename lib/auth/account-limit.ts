import "server-only";
import { sql } from "kysely";
import { handle } from "../data/connection";

/**
 * Failed sign-ins counted per account, beside better-auth's per-address limit. The address comes
 * from X-Forwarded-For (the app runs behind a proxy), which a client reaching the server directly
 * can set to anything: guessing one account's password from ever-new "addresses" is stopped here.
 * A fixed window from the first failure, kept in better-auth's own rateLimit table (shared by
 * every instance on one database) under a key of its own.
 */
export const ACCOUNT_LIMIT = { windowSeconds: 15 * 60, maxFailures: 10 } as const;

const keyOf = (email: string) => `sign-in-failures:${email.trim().toLowerCase()}`;

/** Seconds until the account may try again, or 0 when it may now. */
export async function accountLockedFor(email: string, now = Date.now()): Promise<number> {
  const { db } = await handle();
  const row = await sql<{ count: number | string; lastRequest: number | string }>`select count, "lastRequest" from "rateLimit" where key = ${keyOf(email)}`.execute(db);
  const r = row.rows[0];
  if (!r) return 0;
  const left = Number(r.lastRequest) + ACCOUNT_LIMIT.windowSeconds * 1000 - now;
  return left > 0 && Number(r.count) >= ACCOUNT_LIMIT.maxFailures ? Math.ceil(left / 1000) : 0;
}

/** Counts one failed sign-in (a new window once the last one has passed). */
export async function recordFailure(email: string, now = Date.now()): Promise<void> {
  const { db } = await handle();
  const windowMs = ACCOUNT_LIMIT.windowSeconds * 1000;
  const key = keyOf(email);
  await sql`insert into "rateLimit" (id, key, count, "lastRequest") values (${key}, ${key}, 1, ${now})
    on conflict (key) do update set
      count = case when ${now} - "rateLimit"."lastRequest" > ${windowMs} then 1 else "rateLimit".count + 1 end,
      "lastRequest" = case when ${now} - "rateLimit"."lastRequest" > ${windowMs} then ${now} else "rateLimit"."lastRequest" end`.execute(db);
}
