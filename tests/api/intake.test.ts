import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { createToken } from "@/lib/auth/tokens";
import { addUser } from "@/lib/auth/users";
import { closeDb, db } from "@/lib/data/connection";
import { setSetting } from "@/lib/data/settings";
import { expectJsonError } from "../support/http";
import { type PageServer, startPageServer } from "../support/page-server";

/**
 * Adding articles over HTTP (issue 15 §2): who may, what is refused, the SSRF guard as the
 * server applies it, and a good fetch from a loopback page with the admin setting on. The test
 * process opens the server's own store to make an editor, a token and the setting.
 */
const base = inject("baseURL");
process.env.ATLAS_DATA_DIR = inject("dataDir");
const ADMIN = { id: null, email: "cli:api-test" };
const PASSWORD = "correct horse battery";
const ar = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");

let token = "";
let cookie = "";
let pages: PageServer;

beforeAll(async () => {
  const k = await db();
  const id = await addUser(k, { email: "intake-editor@example.org", password: PASSWORD, role: "editor" }, ADMIN);
  token = (await createToken(k, id)).token;
  const auth = await getAuth(false);
  const res = await auth.api.signInEmail({
    body: { email: "intake-editor@example.org", password: PASSWORD },
    asResponse: true,
    headers: new Headers({ host: new URL(base).host, "x-forwarded-for": "198.51.100.7" }),
  });
  cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith("better-auth.session_token="))!
    .split(";")[0]!;
  pages = await startPageServer();
});
afterAll(async () => {
  await setSetting("fetch.allowPrivateAddresses", false, ADMIN);
  await pages.close();
  await closeDb();
});

const post = (path: string, body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${token}` }) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("POST /api/articles: who may add", () => {
  it("answers 401 without credentials and with an unknown token", async () => {
    await expectJsonError(await post("/api/articles", { text: ar }, {}), 401, "unauthorized");
    await expectJsonError(await post("/api/articles", { text: ar }, { Authorization: "Bearer atlas_nope" }), 401, "unauthorized");
  });

  it("answers 403 to a signed-in editor's cookie sent from another site (CSRF)", async () => {
    await expectJsonError(await post("/api/articles?dryRun=1", { text: ar }, { Cookie: cookie, Origin: "http://evil.example" }), 403, "forbidden");
  });

  it("previews for a signed-in editor on the app's own origin, writing nothing", async () => {
    const res = await post("/api/articles?dryRun=1", { text: ar, title: "Preview only" }, { Cookie: cookie, Origin: base });
    expect(res.status).toBe(200);
    const { preview } = (await res.json()) as { preview: { article: { slug: string }; claims: unknown[] } };
    expect(preview.claims.length).toBeGreaterThan(0);
    expect((await fetch(`${base}/api/articles/${preview.article.slug}`)).status).toBe(404);
  });
});

describe("POST /api/articles: saving", () => {
  it("answers 201 with the slug and proposed claims, and 409 naming it for the same text again (201 with ?force=1)", async () => {
    const res = await post("/api/articles", { text: ar, title: "Mosul intake", source: "Wire", published: "2017-11" });
    expect(res.status).toBe(201);
    const { slug, claims } = (await res.json()) as { slug: string; claims: unknown[] };
    expect(slug).toMatch(/^mosul-intake-[0-9a-f]{8}$/);
    expect(claims.length).toBeGreaterThan(0);
    expect((await fetch(`${base}/api/articles/${slug}`)).status).toBe(200);
    const again = await post("/api/articles", { text: ar, title: "Mosul twice" });
    await expectJsonError(again.clone(), 409, "conflict");
    expect(((await again.json()) as { duplicate: { slug: string } }).duplicate.slug).toBe(slug);
    expect((await post("/api/articles?force=1", { text: ar, title: "Mosul twice" })).status).toBe(201);
  });

  it("answers 400 for malformed JSON, an unknown field, a bad date or a javascript: URL, and 415 for a body that is not JSON", async () => {
    await expectJsonError(await post("/api/articles", "{not json"), 400);
    await expectJsonError(await post("/api/articles", { text: "x", slug: "mine" }), 400);
    await expectJsonError(await post("/api/articles", { text: "x", published: "2017-02-30" }), 400);
    await expectJsonError(await post("/api/articles", { url: "javascript:alert(1)" }), 400);
    const res = await fetch(`${base}/api/articles`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/plain" }, body: ar });
    await expectJsonError(res, 415, "unsupported_media_type");
  });

  it("answers 413 for a body over the limit", async () => {
    await expectJsonError(await post("/api/articles", { text: "a".repeat(4.2 * 1024 * 1024) }), 413, "payload_too_large");
  });
});

describe("fetching a URL on request: the SSRF guard", () => {
  it("refuses loopback, private and metadata addresses with 400", async () => {
    for (const url of ["http://127.0.0.1/", "http://10.0.0.5/", "http://169.254.169.254/latest/meta-data/", `${pages.base}/article`]) {
      await expectJsonError(await post("/api/articles?dryRun=1", { url }), 400);
      await expectJsonError(await post("/api/intake/url", { url }), 400);
    }
  });

  it("with the admin setting on, fetches a loopback page and prefills from it", async () => {
    await setSetting("fetch.allowPrivateAddresses", true, ADMIN);
    const res = await post("/api/intake/url", { url: `${pages.base}/article` });
    expect(res.status).toBe(200);
    const got = (await res.json()) as { text: string; prefill: { title: string; source: string; url: string } };
    expect(got.text).toContain("lost control of Raqqa");
    expect(got.text).not.toContain("window.ran");
    expect(got.prefill).toMatchObject({ title: "ISIS loses Raqqa", source: "Test Wire", url: "https://wire.example/raqqa" });
    const preview = await post("/api/articles?dryRun=1", { url: `${pages.base}/article` });
    expect(preview.status).toBe(200);
  });

  it("still refuses a redirect to the metadata address, an oversized page (413) and a PDF (415)", async () => {
    await setSetting("fetch.allowPrivateAddresses", true, ADMIN);
    await expectJsonError(await post("/api/intake/url", { url: `${pages.base}/redirect?to=${encodeURIComponent("http://169.254.169.254/")}` }), 400);
    await expectJsonError(await post("/api/intake/url", { url: `${pages.base}/redirect?to=${encodeURIComponent("http://[::ffff:a9fe:a9fe]/")}` }), 400);
    await expectJsonError(await post("/api/intake/url", { url: `${pages.base}/big` }), 413);
    await expectJsonError(await post("/api/intake/url", { url: `${pages.base}/pdf` }), 415);
  });
});

describe("POST /api/intake/file", () => {
  const upload = (name: string, bytes: Buffer, headers: Record<string, string> = { Authorization: `Bearer ${token}` }) => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${base}/api/intake/file`, { method: "POST", headers, body: form });
  };

  it("answers 401 without credentials", async () => {
    await expectJsonError(await upload("a.txt", Buffer.from("x"), {}), 401);
  });

  it("reads a .docx to text and prefill", async () => {
    const res = await upload("mosul.docx", readFileSync("tests/fixtures/intake/mosul.docx"));
    expect(res.status).toBe(200);
    const got = (await res.json()) as { text: string; prefill: { lang: string } };
    expect(got.text).toContain("الموصل");
    expect(got.prefill.lang).toBe("ar");
  });

  it("refuses a PDF with 415 and says what to do, and a file over 2 MB with 413", async () => {
    expect(await expectJsonError(await upload("r.pdf", Buffer.from("%PDF-1.4")), 415)).toMatch(/paste the text or give the URL/);
    await expectJsonError(await upload("big.txt", Buffer.alloc(2 * 1024 * 1024 + 10, 0x61)), 413);
  });
});

describe("the intake routes take POST only", () => {
  it("answers 405 with Allow: POST to GET, PUT, PATCH and DELETE", async () => {
    for (const path of ["/api/intake/url", "/api/intake/file"]) {
      for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
        const res = await fetch(`${base}${path}`, { method });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get("allow")).toBe("POST");
        await expectJsonError(res, 405, "method_not_allowed");
      }
    }
  });
});
