import { z } from "zod";
import { allowOnly } from "@/lib/api/allow-only";
import { ApiError, handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { getSetting, isSecretSetting, isSettingKey, SETTING_KEYS, type SettingKey, setSetting } from "@/lib/data/settings";

/** GET: the settings an admin may change (never the secret). PATCH {key, value}: change one, recorded. */
export const GET = handle(async (req: Request) => {
  await requireRole(req, "admin");
  parseQuery(req.url, NoQuery);
  const shown = SETTING_KEYS.filter((k) => !isSecretSetting(k));
  const settings = Object.fromEntries(await Promise.all(shown.map(async (k) => [k, await getSetting(k)] as const)));
  return Response.json({ settings }, { headers: { "Cache-Control": "private, no-store" } });
});

const Change = z.object({ key: z.string().max(80), value: z.unknown() }).strict();

export const PATCH = handle(async (req: Request) => {
  const actor = await requireRole(req, "admin");
  const { key, value } = await readJson(req, Change);
  if (!isSettingKey(key) || isSecretSetting(key)) throw new ApiError("bad_request", `No setting "${key}" may be changed here.`);
  try {
    await setSetting(key as SettingKey, value as never, actor);
  } catch (e) {
    if (e instanceof z.ZodError) throw new ApiError("bad_request", `${key}: ${e.issues[0]?.message ?? "invalid value"}`);
    throw e;
  }
  return Response.json({ key, value: await getSetting(key as SettingKey) }, { headers: { "Cache-Control": "no-store" } });
});

export const { POST, PUT, DELETE } = allowOnly("GET", "PATCH");
