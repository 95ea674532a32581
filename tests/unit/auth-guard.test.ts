import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getMigrations } from "better-auth/db/migration";
import { authOptions, authSecret, getAuth } from "@/lib/auth/auth";
import { isCrossSite, requireRole } from "@/lib/auth/guard";
import { createToken, revokeToken } from "@/lib/auth/tokens";
import { addUser, removeUser, revokeSessions, setRole } from "@/lib/auth/users";
import { auditOf } from "@/lib/data/audit";
import { closeDb, db, handle } from "@/lib/data/connection";
import { freshStore } from "../support/store";
import { statusOf } from "../support/api-status";

const CLI = { id: null, email: "cli:test" };
const PASSWORD = "correct horse battery";

afterAll(async () => {
  await closeDb();
});

async function signIn(email: string, password = PASSWORD): Promise<string> {
  const auth = await getAuth(false);
  const res = await auth.api.signInEmail({ body: { email, password }, asResponse: true, headers: new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": "198.51.100.1" }) });
  expect(res.status).toBe(200);
  const set = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
  expect(set).toBeDefined();
  return set!.split(";")[0]!;
}

const req = (method: string, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/api/claims/x", { method, headers: { host: "127.0.0.1:3000", ...headers } });

describe("accounts and the write guard", () => {
  // Installed before better-auth is built, so its telemetry (which must be off) would be seen.
  const fetchSpy = vi.spyOn(globalThis, "fetch");
  beforeAll(async () => {
    await freshStore();
    await addUser(await db(), { email: "Editor@Example.org", password: PASSWORD, role: "editor" }, CLI);
    await addUser(await db(), { email: "admin@example.org", password: PASSWORD, role: "admin" }, CLI);
  });

  it("creates better-auth's tables exactly as better-auth expects them (nothing to create or add)", async () => {
    const h = await handle();
    const { toBeCreated, toBeAdded } = await getMigrations(authOptions(false, await authSecret(), h) as never);
    expect(toBeCreated.map((t) => t.table)).toEqual([]);
    expect(toBeAdded.map((t) => t.table)).toEqual([]);
  });

  it("keeps the generated secret in the store, so a restart keeps everyone signed in", async () => {
    const first = await authSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await authSecret()).toBe(first);
  });

  it("answers 401 to a write without credentials and to an unknown or malformed token", async () => {
    expect(await statusOf(requireRole(req("POST"), "editor"))).toBe(401);
    expect(await statusOf(requireRole(req("POST", { authorization: "Bearer atlas_nope" }), "editor"))).toBe(401);
    expect(await statusOf(requireRole(req("POST", { authorization: "Basic abc" }), "editor"))).toBe(401);
  });

  it("accepts an editor's token for an editor's write and refuses it (403) for an admin's", async () => {
    const u = (await (await db()).selectFrom("user").select("id").where("email", "=", "editor@example.org").executeTakeFirstOrThrow()).id;
    const { token } = await createToken(await db(), u);
    const actor = await requireRole(req("PATCH", { authorization: `Bearer ${token}` }), "editor");
    expect(actor).toMatchObject({ email: "editor@example.org", role: "editor", via: "token" });
    expect(await statusOf(requireRole(req("DELETE", { authorization: `Bearer ${token}` }), "admin"))).toBe(403);
  });

  it("refuses a revoked token", async () => {
    const u = (await (await db()).selectFrom("user").select("id").where("email", "=", "admin@example.org").executeTakeFirstOrThrow()).id;
    const { id, token } = await createToken(await db(), u);
    expect((await requireRole(req("POST", { authorization: `Bearer ${token}` }), "admin")).role).toBe("admin");
    expect(await revokeToken(await db(), id)).toBe(true);
    expect(await statusOf(requireRole(req("POST", { authorization: `Bearer ${token}` }), "admin"))).toBe(401);
  });

  it("signs in with email and password and recognises the session cookie, which is HttpOnly and SameSite=Lax", async () => {
    const auth = await getAuth(false);
    const res = await auth.api.signInEmail({
      body: { email: "editor@example.org", password: PASSWORD },
      asResponse: true,
      headers: new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": "198.51.100.2" }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const actor = await requireRole(req("POST", { cookie: cookie.split(";")[0]!, origin: "http://127.0.0.1:3000" }), "editor");
    expect(actor).toMatchObject({ email: "editor@example.org", via: "session" });
  });

  it("marks the session cookie Secure when the request came over HTTPS", async () => {
    const auth = await getAuth(true);
    const res = await auth.api.signInEmail({
      body: { email: "editor@example.org", password: PASSWORD },
      asResponse: true,
      headers: new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": "198.51.100.3" }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    const actor = await requireRole(req("POST", { cookie: cookie.split(";")[0]! }), "editor");
    expect(actor.email).toBe("editor@example.org");
  });

  it("refuses (403) a cookie-authenticated write sent from another site, but not a read", async () => {
    const cookie = await signIn("editor@example.org");
    expect(await statusOf(requireRole(req("POST", { cookie, origin: "https://evil.example" }), "editor"))).toBe(403);
    expect(await statusOf(requireRole(req("PATCH", { cookie, "sec-fetch-site": "cross-site" }), "editor"))).toBe(403);
    expect(await statusOf(requireRole(req("DELETE", { cookie, "sec-fetch-site": "same-site" }), "editor"))).toBe(403);
    expect(await statusOf(requireRole(req("GET", { cookie, origin: "https://evil.example" }), "editor"))).toBe("ok");
    expect(await statusOf(requireRole(req("POST", { cookie, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }), "editor"))).toBe("ok");
  });

  it("refuses a wrong password", async () => {
    const auth = await getAuth(false);
    const res = await auth.api.signInEmail({
      body: { email: "editor@example.org", password: "wrong password here" },
      asResponse: true,
      headers: new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": "198.51.100.4" }),
    });
    expect(res.status).toBe(401);
  });

  it("ends every session of a user on revoke, and an admin demoted to editor loses admin writes", async () => {
    const cookie = await signIn("admin@example.org");
    expect((await requireRole(req("POST", { cookie }), "admin")).role).toBe("admin");
    await setRole(await db(), "admin@example.org", "editor", CLI);
    expect(await statusOf(requireRole(req("POST", { cookie }), "admin"))).toBe(403);
    expect(await revokeSessions(await db(), "admin@example.org")).toBeGreaterThan(0);
    expect(await statusOf(requireRole(req("POST", { cookie }), "editor"))).toBe(401);
  });

  it("records who created, re-roled and removed an account", async () => {
    await addUser(await db(), { email: "gone@example.org", password: PASSWORD, role: "editor" }, CLI);
    const cookie = await signIn("gone@example.org");
    await removeUser(await db(), "gone@example.org", CLI);
    expect(await statusOf(requireRole(req("POST", { cookie }), "editor"))).toBe(401);
    const trail = await auditOf(await db(), "user", "gone@example.org");
    expect(trail.map((e) => e.action)).toEqual(["delete", "create"]);
    expect(trail[0]!.actor.email).toBe("cli:test");
  });

  it("sends no request to any other host (telemetry off), through sign-ins, sessions and account changes", () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("tells cross-site requests from same-origin ones by Origin and Sec-Fetch-Site", () => {
    const h = (o: Record<string, string>) => new Headers({ host: "atlas.example:8443", ...o });
    expect(isCrossSite(h({ origin: "https://atlas.example:8443" }))).toBe(false);
    expect(isCrossSite(h({ origin: "https://atlas.example" }))).toBe(true);
    expect(isCrossSite(h({ origin: "null" }))).toBe(true);
    expect(isCrossSite(h({ "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSite(h({ "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSite(h({}))).toBe(false);
  });
});
