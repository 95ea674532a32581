import "server-only";
import { ApiError } from "../api/errors";
import { db } from "../data/connection";
import { carriesSecureCookie, getAuth } from "./auth";
import { userOfToken } from "./tokens";

/**
 * Who may write (issue 15 §1). Reads stay public; every write route calls requireRole first.
 * A request is authenticated by `Authorization: Bearer <token>` (scripts) or by the session
 * cookie (the workspace). Cookie-authenticated writes must come from the app's own pages: a
 * cross-site Origin or Sec-Fetch-Site is refused (CSRF; SameSite=Lax already keeps the cookie off
 * most cross-site requests, this closes the rest, e.g. a sibling subdomain).
 */
export type Role = "editor" | "admin";

export type Actor = { id: string; email: string; name?: string; role: Role; via: "session" | "token" };

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

/** Whether an actor's role includes `role` (an admin is also an editor). */
export function hasRole(actor: Pick<Actor, "role">, role: Role): boolean {
  return (RANK[actor.role] ?? 0) >= RANK[role];
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A cookie-authenticated write from another site. Sec-Fetch-Site is the browser's own verdict;
 * otherwise the Origin's host must be the Host the request was sent to. A request with neither
 * header is no browser's (browsers send Origin on every POST, PATCH and DELETE).
 */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim().toLowerCase();
  return originHost !== host;
}

function bearerOf(headers: Headers): string | undefined {
  const h = headers.get("authorization");
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m?.[1];
}

function asRole(v: unknown): Role {
  return v === "admin" ? "admin" : "editor";
}

/** The actor a request's credentials name, or null; a malformed or dead bearer token is null too. */
export async function actorOf(headers: Headers): Promise<Actor | null> {
  if (headers.get("authorization") !== null) {
    const token = bearerOf(headers);
    const user = token ? await userOfToken(await db(), token) : undefined;
    return user ? { id: user.id, email: user.email, name: user.name || undefined, role: asRole(user.role), via: "token" } : null;
  }
  if (!/better-auth\.session_token=/.test(headers.get("cookie") ?? "")) return null;
  const auth = await getAuth(carriesSecureCookie(headers));
  const s = await auth.api.getSession({ headers });
  if (!s) return null;
  const u = s.user as { id: string; email: string; name?: string; role?: unknown };
  return { id: u.id, email: u.email, name: u.name || undefined, role: asRole(u.role), via: "session" };
}

/** The actor of a write (or a workspace read): 401 without credentials, 403 for a lesser role or a cross-site cookie write. */
export async function requireRole(req: Request, role: Role): Promise<Actor> {
  const actor = await actorOf(req.headers);
  if (!actor) {
    const hadToken = req.headers.get("authorization") !== null;
    throw new ApiError(
      "unauthorized",
      hadToken ? "The API token is not valid (unknown, malformed or revoked)." : "Sign in, or send an API token as `Authorization: Bearer <token>`.",
    );
  }
  if (actor.via === "session" && !SAFE.has(req.method.toUpperCase()) && isCrossSite(req.headers)) {
    throw new ApiError("forbidden", "This change was sent from another site; it was refused (cross-site request).");
  }
  if (!hasRole(actor, role)) throw new ApiError("forbidden", `This needs the ${role} role; you are signed in as ${actor.role}.`);
  return actor;
}

/** The signed-in actor of the page being rendered (server components), or null. */
export async function currentActor(): Promise<Actor | null> {
  const { headers } = await import("next/headers");
  return actorOf(new Headers(await headers()));
}
