import { fromWire, type WireModel } from "@/lib/view/model-wire";
import { execFile, execFileSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectJsonError } from "../support/http";

/**
 * The workspace over HTTP (issue 15): accounts and sessions, every write route's 401 / 403 /
 * 400 / 2xx / 409, cross-site refusal, the sign-in rate limit, and what the public is served.
 * Users are made with the CLI, articles ingested by it (without --accept: proposed claims).
 */
const base = inject("baseURL");
const dataDir = inject("dataDir");
const PASSWORD = "a long test passphrase";
const ORIGIN = new URL(base).origin;
const cli = (args: string[], input?: string) => execFileSync("node_modules/.bin/tsx", args, { env: { ...process.env, ATLAS_DATA_DIR: dataDir }, input, encoding: "utf8" });

let editorCookie = "";
let adminCookie = "";
let editorToken = "";
let ip = 10;
/** Each sign-in from its own address: the limit counts per address, and these tests sign in often. */
const nextIp = () => `192.0.2.${ip++}`;

async function signIn(email: string, password = PASSWORD, from = nextIp()): Promise<Response> {
  return fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: ORIGIN, "X-Forwarded-For": from },
    body: JSON.stringify({ email, password }),
  });
}

async function cookieOf(email: string): Promise<string> {
  const res = await signIn(email);
  expect(res.status).toBe(200);
  const set = res.headers.getSetCookie().find((c) => c.includes("better-auth.session_token="));
  await res.arrayBuffer();
  return set!.split(";")[0]!;
}

type Who = "anon" | "editor" | "admin" | "token" | "crossSite";
function as(who: Who): Record<string, string> {
  if (who === "editor") return { Cookie: editorCookie, Origin: ORIGIN };
  if (who === "admin") return { Cookie: adminCookie, Origin: ORIGIN };
  if (who === "token") return { Authorization: `Bearer ${editorToken}` };
  if (who === "crossSite") return { Cookie: adminCookie, Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" };
  return {};
}

const send = (method: string, path: string, who: Who, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method,
    headers: { ...(body !== undefined ? { "Content-Type": "application/json" } : {}), ...as(who), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

interface Item {
  key: string;
  rev: number;
  article: string;
  claim: { id: string; passageId: string; kind: string };
}
async function queue(query = "article=review-copy&limit=200"): Promise<{ items: Item[]; total: number }> {
  const res = await send("GET", `/api/review?${query}`, "editor");
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Item[]; total: number };
}

beforeAll(async () => {
  cli(["scripts/user.ts", "add", "editor@example.org", "--role", "editor"], `${PASSWORD}\n`);
  cli(["scripts/user.ts", "add", "admin@example.org", "--role", "admin"], `${PASSWORD}\n`);
  editorToken = cli(["scripts/user.ts", "token", "editor@example.org"]).trim();
  // The seed article's text under another slug, ingested without --accept: its claims wait for review.
  const copy = join(dataDir, "review-copy.txt");
  writeFileSync(copy, (JSON.parse(readFileSync("geodata/articles/000_40a8f3811f703089.article.json", "utf8")) as { text: string }).text);
  cli(["scripts/ingest.ts", copy, "--slug", "review-copy", "--lang", "ar"]);
  cli(["scripts/ingest.ts", "tests/fixtures/e2e/hostile-synthetic.txt", "--slug", "synthetic-doomed", "--lang", "en", "--accept"]);
  editorCookie = await cookieOf("editor@example.org");
  adminCookie = await cookieOf("admin@example.org");
}, 120_000);

describe("accounts", () => {
  it("refuses a weak password on the command line, with one line and a non-zero exit", async () => {
    // Asynchronously: a blocked test process would miss the server closing idle keep-alive sockets.
    const child = execFile("node_modules/.bin/tsx", ["scripts/user.ts", "add", "weak@example.org", "--role", "editor"], {
      env: { ...process.env, ATLAS_DATA_DIR: dataDir },
      encoding: "utf8",
    });
    child.stdin!.end("Password123\n");
    let stderr = "";
    child.stderr!.on("data", (d: string) => (stderr += d));
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual(["user: refused: the password is one of the most common ones"]);
  }, 60_000);

  it("signs in with a session cookie that is HttpOnly and SameSite=Lax, and answers a wrong password 401 in the API's shape", async () => {
    const ok = await signIn("editor@example.org");
    const cookie = ok.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    await ok.arrayBuffer();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    await expectJsonError(await signIn("editor@example.org", "not the password at all"), 401, "unauthorized");
  });

  it("limits sign-in attempts from one address (429 with Retry-After), and other addresses still sign in", async () => {
    const from = "198.51.100.77";
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await signIn("editor@example.org", "wrong password, again", from);
      await r.arrayBuffer();
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    const limited = await signIn("editor@example.org", PASSWORD, from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    await expectJsonError(limited, 429, "too_many_requests");
    expect((await signIn("editor@example.org")).status).toBe(200);
  });

  it("limits failed sign-ins per account too, so guesses from ever-new forwarded addresses stop at the limit", async () => {
    cli(["scripts/user.ts", "add", "guessed@example.org", "--role", "editor"], `${PASSWORD}\n`);
    // The blocking CLI call may have outlived the server's keep-alive sockets: let them close first.
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 10; i++) {
      const r = await signIn("guessed@example.org", `guess number ${i} of many`);
      await r.arrayBuffer();
      expect(r.status).toBe(401);
    }
    // The right password, from yet another address: the account is locked for its window.
    const locked = await signIn("guessed@example.org");
    await expectJsonError(locked, 429, "too_many_requests");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(60);
    // Other accounts are not affected.
    expect((await signIn("editor@example.org")).status).toBe(200);
  });

  it("ends the session on sign-out: the cookie no longer authenticates", async () => {
    const cookie = await cookieOf("editor@example.org");
    expect((await fetch(`${base}/api/review`, { headers: { Cookie: cookie } })).status).toBe(200);
    const out = await fetch(`${base}/api/auth/sign-out`, { method: "POST", headers: { Cookie: cookie, Origin: ORIGIN, "Content-Type": "application/json" }, body: "{}" });
    expect(out.status).toBe(200);
    await expectJsonError(await fetch(`${base}/api/review`, { headers: { Cookie: cookie } }), 401);
  });

  it("sends an anonymous visitor of /workspace to sign in, and back afterwards", async () => {
    const res = await fetch(`${base}/workspace/review?lang=ar`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(res.status);
    const to = new URL(res.headers.get("location")!, base);
    expect(to.pathname).toBe("/signin");
    expect(to.searchParams.get("next")).toBe("/workspace/review?lang=ar");
    const page = await fetch(`${base}/workspace`, { headers: { Cookie: editorCookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("editor@example.org");
  });
});

describe("what the public is served", () => {
  it("serves no proposed claim on the map or in downloads, and the accepted ones of an article ingested with --accept", async () => {
    const csv = await (await fetch(`${base}/api/claims.csv`)).text();
    expect(csv).not.toContain("review-copy");
    expect(csv).toContain("synthetic-doomed");
    const article = (await (await fetch(`${base}/api/articles/review-copy`)).json()) as { claims: unknown[] };
    expect(article.claims).toEqual([]);
    expect((await queue()).total).toBeGreaterThan(1);
  });
});

describe('the dashboard\'s "show unreviewed"', () => {
  it("draws proposed claims, marked unreviewed, for a signed-in editor only; anyone else asking gets accepted claims", async () => {
    // The model carries marks in the wire form and no rows (scale): rows come from /api/view/claims.
    type Rows = { rows: { article: string; unreviewed?: boolean }[] };
    const anon = (await (await fetch(`${base}/api/view/claims?unreviewed=1`)).json()) as Rows;
    expect(anon.rows.some((c) => c.article === "review-copy")).toBe(false);
    expect(fromWire((await (await fetch(`${base}/api/view?unreviewed=1`)).json()) as WireModel).marks.some((m) => m.unreviewed)).toBe(false);
    const editor = (await (await send("GET", "/api/view/claims?unreviewed=1", "editor")).json()) as Rows;
    const proposed = editor.rows.filter((c) => c.article === "review-copy");
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.every((c) => c.unreviewed === true)).toBe(true);
    // One mark per layer and place (scale): a place that also has accepted claims stays reviewed, so
    // exactly the marks the public view lacks are the unreviewed ones.
    const pub = fromWire((await (await fetch(`${base}/api/view`)).json()) as WireModel);
    const model = fromWire((await (await send("GET", "/api/view?unreviewed=1", "editor")).json()) as WireModel);
    expect(model.claimsTotal).toBe(pub.claimsTotal + editor.rows.filter((c) => c.unreviewed).length);
    const publicIds = new Set(pub.marks.map((m) => m.id));
    for (const m of model.marks.filter((k) => k.layer !== "control-changes")) expect(!!m.unreviewed, m.id).toBe(!publicIds.has(m.id));
    await expectJsonError(await fetch(`${base}/api/view?unreviewed=yes`), 400);
    const page = await (await fetch(`${base}/?unreviewed=1`, { headers: { Cookie: editorCookie } })).text();
    expect(page).toContain('data-testid="show-unreviewed"');
    expect(await (await fetch(`${base}/?unreviewed=1`)).text()).not.toContain('data-testid="show-unreviewed"');
  });
});

describe("PATCH /api/claims/{id}", () => {
  it("answers 401 without credentials, 403 for a cross-site cookie write, 400 for a bad body, 415 for another type, 200 and then 409 for a stale revision", async () => {
    const [item] = (await queue()).items;
    const path = `/api/claims/${encodeURIComponent(item!.key)}`;
    await expectJsonError(await send("PATCH", path, "anon", { rev: item!.rev, status: "accepted" }), 401);
    await expectJsonError(await send("PATCH", path, "crossSite", { rev: item!.rev, status: "accepted" }), 403);
    await expectJsonError(await send("PATCH", path, "editor", { rev: item!.rev, status: "maybe" }), 400);
    await expectJsonError(await send("PATCH", path, "editor", "{not json"), 400);
    await expectJsonError(await send("PATCH", path, "editor", "status=accepted", { "Content-Type": "application/x-www-form-urlencoded" }), 415);
    await expectJsonError(await send("PATCH", "/api/claims/not-a-claim", "editor", { rev: 0 }), 400);
    await expectJsonError(await send("PATCH", "/api/claims/c-nonexistent0", "editor", { rev: 0, status: "accepted" }), 404);
    const ok = await send("PATCH", path, "token", { rev: item!.rev, status: "accepted" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "accepted", rev: item!.rev + 1, reviewedBy: "editor@example.org" });
    await expectJsonError(await send("PATCH", path, "editor", { rev: item!.rev, status: "rejected" }), 409, "conflict");
    // Accepted: now on the public read path.
    const article = (await (await fetch(`${base}/api/articles/review-copy`)).json()) as { claims: { id: string }[] };
    expect(article.claims.map((c) => c.id)).toEqual([item!.claim.id]);
  });
});

describe("GET /api/claims/{id}/history and POST /api/claims/{id}/undo", () => {
  it("shows who changed the claim, and undoes the last change (401 anonymous, 403 cross-site, 400 bad body, 409 stale)", async () => {
    const [item] = (await queue()).items;
    const path = `/api/claims/${encodeURIComponent(item!.key)}`;
    expect((await send("PATCH", path, "editor", { rev: item!.rev, status: "rejected" })).status).toBe(200);
    await expectJsonError(await send("GET", `${path}/history`, "anon"), 401);
    const h = (await (await send("GET", `${path}/history`, "editor")).json()) as { history: { action: string; actor: { email: string } }[] };
    expect(h.history[0]).toMatchObject({ action: "reject", actor: { email: "editor@example.org" } });
    await expectJsonError(await send("POST", `${path}/undo`, "anon", { rev: item!.rev + 1 }), 401);
    await expectJsonError(await send("POST", `${path}/undo`, "crossSite", { rev: item!.rev + 1 }), 403);
    await expectJsonError(await send("POST", `${path}/undo`, "editor", { rev: "x" }), 400);
    await expectJsonError(await send("POST", `${path}/undo`, "editor", { rev: item!.rev }), 409);
    const undone = await send("POST", `${path}/undo`, "editor", { rev: item!.rev + 1 });
    expect(undone.status).toBe(200);
    expect(((await undone.json()) as { claim: { status: string } }).claim.status).toBe("proposed");
  });
});

describe("POST /api/review (bulk accept)", () => {
  it("answers 401, 403 cross-site, 400, then accepts a selection at once, and 409 when one of it is stale", async () => {
    const items = (await queue()).items.slice(0, 2);
    const body = { accept: items.map((i) => ({ id: i.key, rev: i.rev })) };
    await expectJsonError(await send("POST", "/api/review", "anon", body), 401);
    await expectJsonError(await send("POST", "/api/review", "crossSite", body), 403);
    await expectJsonError(await send("POST", "/api/review", "editor", { accept: [] }), 400);
    const ok = await send("POST", "/api/review", "editor", body);
    expect(ok.status).toBe(200);
    await expectJsonError(await send("POST", "/api/review", "editor", body), 409);
    for (const i of items) expect((await (await send("GET", `/api/claims/${encodeURIComponent(i.key)}`, "editor")).json()).status).toBe("accepted");
  });
});

describe("POST /api/articles/{slug}/claims", () => {
  it("answers 401, 403 cross-site, 400, 404, 422 for a span off the passage, then 201 with the claim quoting the span", async () => {
    const [item] = (await queue()).items;
    const body = { passageId: item!.claim.passageId, span: { start: 0, end: 8 }, kind: "presence", actors: ["isis"], places: ["country:SYR"] };
    const path = "/api/articles/review-copy/claims";
    await expectJsonError(await send("POST", path, "anon", body), 401);
    await expectJsonError(await send("POST", path, "crossSite", body), 403);
    await expectJsonError(await send("POST", path, "editor", { ...body, kind: "rumour" }), 400);
    await expectJsonError(await send("POST", "/api/articles/no-such-article/claims", "editor", body), 404);
    await expectJsonError(await send("POST", path, "editor", { ...body, span: { start: 0, end: 99_999 } }), 422);
    const res = await send("POST", path, "token", body);
    expect(res.status).toBe(201);
    const added = (await res.json()) as { claim: { quote: string; countries: string[]; status: string } };
    expect(added.claim).toMatchObject({ countries: ["SYR"], status: "accepted" });
    expect(added.claim.quote).toHaveLength(8);
  });
});

describe("DELETE /api/articles/{slug}", () => {
  it("is for admins: 401 anonymous, 403 for an editor and for a cross-site request, 204, then 404", async () => {
    const path = "/api/articles/synthetic-doomed";
    await expectJsonError(await send("DELETE", path, "anon"), 401);
    await expectJsonError(await send("DELETE", path, "editor"), 403);
    await expectJsonError(await send("DELETE", path, "token"), 403);
    await expectJsonError(await send("DELETE", path, "crossSite"), 403);
    await expectJsonError(await send("DELETE", "/api/articles/UPPER", "admin"), 400);
    expect((await send("DELETE", path, "admin")).status).toBe(204);
    await expectJsonError(await fetch(`${base}${path}`), 404);
    await expectJsonError(await send("DELETE", path, "admin"), 404);
  });
});

describe("GET /api/review", () => {
  it("is for editors (401 anonymous) and refuses an unknown filter (400)", async () => {
    await expectJsonError(await send("GET", "/api/review", "anon"), 401);
    await expectJsonError(await send("GET", "/api/review?colour=red", "editor"), 400);
    await expectJsonError(await send("GET", "/api/review?minConfidence=2", "editor"), 400);
  });
});

describe("GET /api/gazetteer", () => {
  it("finds places by English and by Arabic name, and refuses an empty query", async () => {
    const en = (await (await fetch(`${base}/api/gazetteer?q=Raqqa`)).json()) as { places: { id: string }[] };
    expect(en.places.map((p) => p.id)).toContain("province:SY-RA");
    const ar = (await (await fetch(`${base}/api/gazetteer?q=${encodeURIComponent("الموصل")}`)).json()) as { places: { id: string }[] };
    expect(ar.places.map((p) => p.id)).toContain("city:99072");
    await expectJsonError(await fetch(`${base}/api/gazetteer?q=`), 400);
  });
});

describe("PATCH /api/settings", () => {
  it("is for admins (401, 403 editor, 403 cross-site), refuses a bad value (400) and never shows the secret", async () => {
    const body = { key: "review.autoAcceptAbove", value: 0.95 };
    await expectJsonError(await send("PATCH", "/api/settings", "anon", body), 401);
    await expectJsonError(await send("PATCH", "/api/settings", "editor", body), 403);
    await expectJsonError(await send("PATCH", "/api/settings", "crossSite", body), 403);
    await expectJsonError(await send("PATCH", "/api/settings", "admin", { ...body, value: 7 }), 400);
    await expectJsonError(await send("PATCH", "/api/settings", "admin", { key: "auth.secret", value: "x".repeat(40) }), 400);
    expect((await send("PATCH", "/api/settings", "admin", body)).status).toBe(200);
    const all = await (await send("GET", "/api/settings", "admin")).text();
    expect(all).toContain("0.95");
    expect(all).not.toContain("auth.secret");
    expect((await send("PATCH", "/api/settings", "admin", { ...body, value: null })).status).toBe(200);
  });
});
