import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { loadMatchers } from "@/lib/articles/resources";
import { auditOf } from "@/lib/data/audit";
import { closeDb, db } from "@/lib/data/connection";
import { loadArticleBundle } from "@/lib/data/corpus";
import { setSetting } from "@/lib/data/settings";
import { ArticleInput, submitArticle } from "@/lib/intake/submit";
import { type PageServer, startPageServer } from "../support/page-server";
import { freshStore } from "../support/store";

const matchers = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const ar = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
const actor = { id: "u1", email: "editor@example.org" };
const run = (body: unknown, o: { dryRun?: boolean; force?: boolean } = {}) =>
  submitArticle(ArticleInput.parse(body), { dryRun: o.dryRun ?? false, force: o.force ?? false, actor, matchers });

let srv: PageServer;
beforeAll(async () => {
  srv = await startPageServer();
});
beforeEach(async () => {
  await freshStore();
});
afterAll(async () => {
  await srv.close();
  await closeDb();
});

describe("submitArticle: adding an article from the workspace or the API", () => {
  it("previews without writing anything", async () => {
    const out = await run({ text: ar, title: "Mosul", published: "2017-11" }, { dryRun: true });
    expect(out.kind).toBe("preview");
    if (out.kind !== "preview") return;
    expect(out.preview.claims.length).toBeGreaterThan(0);
    const k = await db();
    expect(await k.selectFrom("articles").select("slug").execute()).toEqual([]);
  });

  it("saves the article with every claim proposed and records who added it", async () => {
    const out = await run({ text: ar, title: "Mosul", source: "Wire", published: "2017-11", lang: "ar" });
    expect(out.kind).toBe("saved");
    if (out.kind !== "saved") return;
    const b = (await loadArticleBundle(out.slug))!;
    expect(b.article).toMatchObject({ title: "Mosul", source: "Wire", lang: "ar", published: { value: "2017-11" } });
    // The public bundle serves accepted claims only; the rows hold them all, proposed.
    expect(b.claims).toEqual([]);
    const rows = await (await db()).selectFrom("claims").select("status").where("article", "=", out.slug).execute();
    expect(rows.length).toBe(out.claims.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["proposed"]));
    const audit = await auditOf(await db(), "article", out.slug);
    expect(audit[0]).toMatchObject({ action: "create", actor: { email: "editor@example.org" } });
  });

  it("refuses a second copy as a duplicate naming the first, and saves it when forced", async () => {
    const first = await run({ text: ar, title: "Mosul" });
    const again = await run({ text: ar.replace("عشرات", "مئات"), title: "Mosul again" });
    expect(again).toMatchObject({ kind: "duplicate", duplicate: { slug: first.kind === "saved" ? first.slug : "", reason: "text" } });
    expect((await run({ text: ar.replace("عشرات", "مئات"), title: "Mosul again" }, { force: true })).kind).toBe("saved");
  });

  it("refuses malformed input: no text or url, a javascript: url, a bad date, an unknown field", () => {
    for (const body of [{}, { text: "  " }, { url: "javascript:alert(1)" }, { text: "x", published: "2017-13" }, { text: "x", slug: "mine" }]) {
      expect(ArticleInput.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it("refuses a text over 2 M characters with 413, whatever its bytes", async () => {
    const e = await run({ text: "ب".repeat(2 * 1024 * 1024 + 1) }, { dryRun: true }).catch((x: unknown) => x);
    expect((e as ApiError).status).toBe(413);
  });

  it("fetches a URL only when the admin setting opens local addresses, and prefills from the page", async () => {
    const e = await run({ url: `${srv.base}/article` }, { dryRun: true }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(400);
    await setSetting("fetch.allowPrivateAddresses", true, actor);
    const out = await run({ url: `${srv.base}/article` }, { dryRun: true });
    expect(out.kind === "preview" && out.preview.article).toMatchObject({
      title: "ISIS loses Raqqa",
      source: "Test Wire",
      url: "https://wire.example/raqqa",
      published: { value: "2017-10-17" },
      lang: "en",
    });
  });
});
