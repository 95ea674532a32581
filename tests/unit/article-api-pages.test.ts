import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/articles/route";
import { GET as one } from "@/app/api/articles/[slug]/route";
import { Curation } from "@/lib/articles/curation";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db } from "@/lib/data/connection";
import { inWrite, writeArticle } from "@/lib/data/write";

// The public API serves accepted claims only (issue 15 §3): these articles are written as reviewed.
const REVIEWER = { id: null, email: "test-reviewer" };
import { API_PAGE, articlePage } from "@/lib/reader/article-page";
import { freshStore } from "../support/store";

const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const text = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
const good = ingestText(text, { slug: "syn-good" }, m);
const bad = ingestText(text, { slug: "syn-bad" }, m);

const get = (path: string) => {
  const slug = new URL(path, "http://127.0.0.1").pathname.split("/")[3]!;
  return one(new Request(`http://127.0.0.1${path}`), { params: Promise.resolve({ slug: decodeURIComponent(slug) }) });
};

beforeAll(async () => {
  await freshStore();
  const k = await db();
  await inWrite(k, (trx) => writeArticle(trx, { article: good.article, autoClaims: good.claims }, { acceptAs: REVIEWER }));
  // A curation that cannot apply at all (a patch to a kind that does not exist).
  const broken = { ...Curation.parse({ version: 1, article: "syn-bad" }), patch: [{ id: bad.claims[0]!.id, set: { kind: "not-a-kind" } }] } as unknown as Curation;
  await inWrite(k, (trx) => writeArticle(trx, { article: bad.article, autoClaims: bad.claims, curation: broken }, { acceptAs: REVIEWER }));
});
afterAll(() => closeDb());

describe("an article whose curation is bad", () => {
  it("is still served, with its warning, and the other articles keep serving", async () => {
    const all = await list(new Request("http://127.0.0.1/api/articles"));
    expect(all.status).toBe(200);
    expect(((await all.json()) as { articles: { slug: string }[] }).articles.map((a) => a.slug)).toEqual(["syn-bad", "syn-good"]);
    const r = await get("/api/articles/syn-bad");
    expect(r.status).toBe(200);
    const body = (await r.json()) as { warnings: string[]; claims: unknown[] };
    expect(body.warnings).toEqual([expect.stringMatching(/^curation not applied: /)]);
    expect(body.claims).toHaveLength(bad.claims.length);
    expect((await get("/api/articles/syn-good")).status).toBe(200);
  });
});

describe("GET /api/articles/{slug} pages", () => {
  it("answers the whole of a short article on page 1 by default, saying so in paging", async () => {
    const body = (await (await get("/api/articles/syn-good")).json()) as { article: { passages: unknown[] }; claims: unknown[]; paging: unknown };
    expect(body.article.passages).toHaveLength(good.article.passages.length);
    expect(body.claims).toHaveLength(good.claims.length);
    expect(body.paging).toEqual({ page: 1, pages: 1, limit: API_PAGE.defaultLimit, passages: good.article.passages.length, claims: good.claims.length });
  });

  it("cuts passages into pages of ?limit=, with only the claims that rest on them", async () => {
    const withClaim = good.claims[good.claims.length - 1]!.passageId;
    const at = good.article.passages.findIndex((p) => p.id === withClaim);
    const r = (await (await get(`/api/articles/syn-good?page=${at + 1}&limit=1`)).json()) as {
      article: { passages: { id: string }[]; text: string };
      claims: { passageId: string }[];
      paging: { pages: number };
    };
    expect(r.article.passages.map((p) => p.id)).toEqual([withClaim]);
    expect(r.claims.length).toBeGreaterThan(0);
    expect(r.claims.every((c) => c.passageId === withClaim)).toBe(true);
    expect(r.article.text).toBe(good.article.text);
    expect(r.paging.pages).toBe(good.article.passages.length);
  });

  it("finds the page that holds ?passage=", async () => {
    const p = good.article.passages[3]!;
    const r = (await (await get(`/api/articles/syn-good?passage=${p.id}&limit=2`)).json()) as { article: { passages: { id: string }[] }; paging: { page: number } };
    expect(r.paging.page).toBe(2);
    expect(r.article.passages.map((x) => x.id)).toContain(p.id);
  });

  it.each([
    ["?page=0", 400],
    ["?page=x", 400],
    ["?limit=0", 400],
    [`?limit=${API_PAGE.maxLimit + 1}`, 400],
    ["?page=1&passage=p-abc", 400],
    ["?passage=<script>", 400],
    ["?page=999", 404],
    ["?passage=p-nothere", 404],
  ])("answers %s with a %i JSON error", async (q, status) => {
    const r = await get(`/api/articles/syn-good${q}`);
    expect(r.status).toBe(status);
    expect(((await r.json()) as { error: { code: string } }).error.code).toMatch(/^(bad_request|not_found)$/);
  });

  it("keeps the default page of a huge article bounded", () => {
    const passages = Array.from({ length: 5000 }, (_, i) => ({ ...good.article.passages[0]!, id: `p-${i.toString(36)}`, start: i * 10, end: i * 10 + 5 }));
    const page = articlePage({ article: { ...good.article, passages }, claims: [], notes: {}, warnings: [], curated: false }, {})!;
    expect(page.article.passages).toHaveLength(API_PAGE.defaultLimit);
    expect(page.paging).toMatchObject({ page: 1, pages: 10, passages: 5000 });
  });
});
