import "server-only";
import { z } from "zod";
import { type AuditActor, recordAudit } from "./audit";
import { db } from "./connection";

/**
 * Settings kept in the store (not in files), so every instance on one database agrees and an
 * admin can change them without a restart. Each key has a schema and a default; a stored value
 * that no longer parses (an older app's) falls back to the default rather than failing requests.
 */
const SETTINGS = {
  /** better-auth's secret when BETTER_AUTH_SECRET is unset: generated once, on first start. */
  "auth.secret": { schema: z.string().min(32), default: null as string | null, secret: true },
  /** Proposed claims at or above this confidence (0-1) are accepted as written; null: off. */
  "review.autoAcceptAbove": { schema: z.number().min(0).max(1).nullable(), default: null as number | null, secret: false },
  /** Article URLs may resolve to loopback/private addresses (the tests' local server); off by default. */
  "fetch.allowPrivateAddresses": { schema: z.boolean(), default: false as boolean, secret: false },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]> | (typeof SETTINGS)[K]["default"];

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** Whether a setting may be shown (an admin page lists the others; the secret never). */
export function isSecretSetting(key: SettingKey): boolean {
  return SETTINGS[key].secret;
}

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await (await db()).selectFrom("settings").select("value_json").where("key", "=", key).executeTakeFirst();
  if (!row) return SETTINGS[key].default as SettingValue<K>;
  const parsed = SETTINGS[key].schema.safeParse(JSON.parse(row.value_json));
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

/** Validates and stores a setting, recording the change (a secret's value is never recorded). */
export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>, actor: AuditActor): Promise<void> {
  const spec = SETTINGS[key];
  const valid = value === spec.default ? value : spec.schema.parse(value);
  const d = await db();
  await d.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("settings").select("value_json").where("key", "=", key).executeTakeFirst();
    const at = new Date().toISOString();
    const value_json = JSON.stringify(valid);
    await trx
      .insertInto("settings")
      .values({ key, value_json, updated_at: at, updated_by: actor.email })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value_json, updated_at: at, updated_by: actor.email }))
      .execute();
    const shown = (v: unknown) => (spec.secret ? "(secret)" : v);
    await recordAudit(trx, { actor, entity: "setting", entityId: key, action: "set", before: before ? shown(JSON.parse(before.value_json)) : null, after: shown(valid) });
  });
}

/**
 * Stores `value` under `key` unless a value is there already, and returns the stored one: two
 * instances starting at once on a new database end up with the same generated secret.
 */
export async function settingOnce(key: SettingKey, value: string): Promise<string> {
  const d = await db();
  await d
    .insertInto("settings")
    .values({ key, value_json: JSON.stringify(value), updated_at: new Date().toISOString(), updated_by: "first start" })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await d.selectFrom("settings").select("value_json").where("key", "=", key).executeTakeFirstOrThrow();
  return JSON.parse(row.value_json) as string;
}
