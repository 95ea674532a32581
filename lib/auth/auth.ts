import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { handle } from "../data/connection";
import { settingOnce } from "../data/settings";

/**
 * better-auth on the app's own connection (Kysely, SQLite or PostgreSQL), its tables created by
 * migration 0003. Accounts are made by `npm run user` only (no sign-up). Telemetry off: the
 * server requests nothing from other hosts.
 *
 * Two instances per connection, one per scheme: a `Secure` cookie (its name prefixed
 * `__Secure-`) behind HTTPS, a plain one over HTTP (`next start` on a laptop), chosen per
 * request. better-auth would otherwise decide once from NODE_ENV and a production server on
 * http://127.0.0.1 would set cookies that browsers refuse to send back.
 */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

export function authOptions(secure: boolean, secret: string, h: Awaited<ReturnType<typeof handle>>) {
  const fixed = process.env.BETTER_AUTH_URL;
  // ATLAS_ALLOWED_HOSTS (comma-separated) pins the host names the app answers for; without it a
  // request's own Host is used, which makes better-auth's origin check a same-origin check.
  const hosts = process.env.ATLAS_ALLOWED_HOSTS?.split(",")
    .map((s) => s.trim())
    .filter(Boolean) ?? ["*"];
  return {
    appName: "Allegiance Atlas",
    secret,
    baseURL: fixed ?? { allowedHosts: hosts, protocol: secure ? ("https" as const) : ("http" as const) },
    // better-auth's own form for a Kysely instance (its kysely adapter); getMigrations reads it too.
    database: { db: h.db, type: h.dialect },
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 256 },
    user: { additionalFields: { role: { type: "string" as const, required: false, defaultValue: "editor", input: false } } },
    // No cookie cache: a revoked session (user removed, signed out elsewhere) ends at its next request.
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24, cookieCache: { enabled: false } },
    rateLimit: {
      enabled: true,
      storage: "database" as const,
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: SIGN_IN_LIMIT.window, max: SIGN_IN_LIMIT.max } },
    },
    advanced: { useSecureCookies: secure, ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] } },
  };
}

type Auth = ReturnType<typeof betterAuth<ReturnType<typeof authOptions>>>;

interface Built {
  db: unknown;
  secure: Auth;
  plain: Auth;
}
const KEY = Symbol.for("allegiance-atlas.auth");
const g = globalThis as unknown as { [KEY]?: Promise<Built> };

/** BETTER_AUTH_SECRET, else one generated on first start and kept in the store's settings. */
export async function authSecret(): Promise<string> {
  const env = process.env.BETTER_AUTH_SECRET;
  if (env) return env;
  return settingOnce("auth.secret", randomBytes(32).toString("base64url"));
}

async function build(): Promise<Built> {
  const h = await handle();
  const secret = await authSecret();
  return { db: h.db, secure: betterAuth(authOptions(true, secret, h)), plain: betterAuth(authOptions(false, secret, h)) };
}

/** The instance for a scheme; rebuilt when the connection changes (tests switch stores). */
export async function getAuth(secure: boolean): Promise<Auth> {
  const h = await handle();
  let built = g[KEY] ? await g[KEY] : undefined;
  if (!built || built.db !== h.db) {
    g[KEY] = build();
    g[KEY].catch(() => {
      g[KEY] = undefined;
    });
    built = await g[KEY];
  }
  return secure ? built.secure : built.plain;
}

/** Whether the request came over HTTPS (directly, or as a TLS-terminating proxy says). */
export function isHttps(req: { url: string; headers: Headers }): boolean {
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (proto) return proto === "https";
  return req.url.startsWith("https:");
}

/** The session cookie a request carries says which instance issued it. */
export function carriesSecureCookie(headers: Headers): boolean {
  return /(?:^|;\s*)__Secure-better-auth\.session_token=/.test(headers.get("cookie") ?? "");
}
