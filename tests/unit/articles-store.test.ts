import { readFileSync } from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type Curation as CurationT, Curation } from "@/lib/articles/curation";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db } from "@/lib/data/connection";
import { corpusVersion, listArticles, loadAllClaims, loadArticleBundle } from "@/lib/data/corpus";
import { ConflictError } from "@/lib/data/errors";
import { inWrite, mergeSafely, writeArticle } from "@/lib/data/write";
import { freshStore } from "../support/store";

const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const text = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");

function ingested(slug: string, body = text) {
  return ingestText(body, { slug, published: { value: "2017-11", precision: "month", inferred: false } }, m);
}

async function save(slug: string, opts: { curation?: CurationT | null; replace?: boolean; body?: string } = {}) {
  const r = ingested(slug, opts.body);
  const k = await db();
  await inWrite(k, (trx) =>
    writeArticle(
      trx,
      { article: r.article, autoClaims: r.claims, ...(opts.curation !== undefined ? { curation: opts.curation } : {}) },
      { replace: opts.replace, acceptAs: { id: null, email: "test-reviewer" } },
    ),
  );
  return r;
}

beforeEach(async () => {
  await freshStore();
});
afterAll(() => closeDb());

describe("article store", () => {
  it("serves an ingested article from the database: listing, bundle and every claim", async () => {
    const r = await save("syn-ar");
    expect(await listArticles()).toEqual([expect.objectContaining({ slug: "syn-ar", lang: "ar", claims: r.claims.length, curated: false })]);
    const b = (await loadArticleBundle("syn-ar"))!;
    expect(b.article).toEqual(r.article);
    expect(b.claims).toEqual(r.claims.map((c) => ({ ...c, status: "accepted" })));
    expect(await loadAllClaims()).toHaveLength(r.claims.length);
    expect(await loadArticleBundle("missing")).toBeNull();
    expect(await loadArticleBundle("../etc")).toBeNull();
  });

  it("applies a curation: patch, remove, add, glosses, metadata; it survives re-ingestion", async () => {
    const r = await save("syn-ar");
    const [first, second] = r.claims;
    const p0 = r.article.passages[1]!;
    const added = {
      id: "c-manual-1",
      article: "syn-ar",
      passageId: p0.id,
      span: { start: 0, end: 5 },
      quote: p0.text.slice(0, 5),
      kind: "presence",
      actors: ["isis"],
      places: [],
      countries: [],
      certainty: "asserted",
      method: "curated",
      confidence: 1,
      summary: "ISIS present",
      note: "why",
    };
    const cur = Curation.parse({
      version: 1,
      article: "syn-ar",
      metadata: { title: "Synthetic", published: { value: "2017-10", precision: "month", inferred: true }, publishedNote: "test" },
      glosses: { [p0.id]: { glossEn: "ISIS loses positions in Iraq", translation: true, glossNote: "headline" } },
      patch: [{ id: first!.id, set: { certainty: "hedged", summary: "patched" } }],
      remove: [{ id: second!.id, reason: "duplicate" }],
      add: [added],
    });
    await save("syn-ar", { curation: cur });
    const check = async () => {
      const b = (await loadArticleBundle("syn-ar"))!;
      expect(b.warnings).toEqual([]);
      expect(b.curated).toBe(true);
      expect(b.article.title).toBe("Synthetic");
      expect(b.article.passages[1]).toMatchObject({ glossEn: "ISIS loses positions in Iraq", glossNote: "headline" });
      expect(b.claims.find((c) => c.id === first!.id)).toMatchObject({ certainty: "hedged", summary: "patched", method: "curated", status: "accepted" });
      expect(b.claims.some((c) => c.id === second!.id)).toBe(false);
      expect(b.claims.find((c) => c.id === "c-manual-1")).toMatchObject({ method: "curated", status: "accepted" });
      expect(b.notes["c-manual-1"]).toBe("why");
    };
    await check();
    await save("syn-ar"); // re-ingest the same text: ids are stable, the stored curation still applies
    await check();
    // The removed claim stays as a rejected row (for the review queue), and the change is in the history.
    const k = await db();
    expect(await k.selectFrom("claims").select("status").where("id", "=", second!.id).executeTakeFirst()).toEqual({ status: "rejected" });
    const history = await k.selectFrom("curation_history").selectAll().where("article", "=", "syn-ar").execute();
    expect(history).toHaveLength(1);
    expect(history[0]!.before_json).toBeNull();
    expect(JSON.parse(history[0]!.after_json!)).toEqual(cur);
  });

  it("reports stale references in the bundle and drops curated claims whose quote is not in the passage", async () => {
    const r = ingested("syn-ar");
    const p = r.article.passages[2]!;
    const bad = { ...r.claims[0]!, id: "c-bad", method: "curated", passageId: p.id, quote: "not there", span: { start: 0, end: 9 } };
    await save("syn-ar", {
      curation: Curation.parse({ version: 1, article: "syn-ar", remove: [{ id: "c-gone" }], glosses: { "p-nope": { glossEn: "x", translation: true } }, add: [bad] }),
    });
    const b = (await loadArticleBundle("syn-ar"))!;
    expect(b.warnings.join("\n")).toMatch(/unknown claim c-gone/);
    expect(b.warnings.join("\n")).toMatch(/unknown passage p-nope/);
    expect(b.warnings.join("\n")).toMatch(/c-bad: quote/);
    expect(b.claims.some((c) => c.id === "c-bad")).toBe(false);
  });

  it("leaves the automatic claims, with a warning, when a curation cannot be applied at all", () => {
    const r = ingested("syn-ar");
    const broken = { ...Curation.parse({ version: 1, article: "syn-ar" }), patch: [{ id: r.claims[0]!.id, set: { kind: "not-a-kind" } }] } as unknown as CurationT;
    const merged = mergeSafely(r.article, r.claims, broken);
    expect(merged.claims).toEqual(r.claims);
    expect(merged.warnings).toEqual([expect.stringMatching(/^curation not applied: /)]);
  });

  it("refuses to overwrite an article stored with a different text unless asked to replace it", async () => {
    await save("syn-ar");
    const v = await corpusVersion();
    await expect(save("syn-ar", { body: "ISIS lost Raqqa last October.\n" })).rejects.toThrow(ConflictError);
    expect(await corpusVersion(), "the refused write left the version alone").toBe(v);
    expect((await loadArticleBundle("syn-ar"))!.article.text).toBe(text);
    await save("syn-ar", { body: "ISIS lost Raqqa last October.\n", replace: true });
    expect((await loadArticleBundle("syn-ar"))!.article.text).toBe("ISIS lost Raqqa last October.\n");
  });

  it("bumps the corpus version with every write, and the readers follow it", async () => {
    const v0 = await corpusVersion();
    await save("syn-a");
    const v1 = await corpusVersion();
    expect(v1).toBeGreaterThan(v0);
    expect((await listArticles()).map((a) => a.slug)).toEqual(["syn-a"]);
    await save("syn-b");
    expect(await corpusVersion()).toBeGreaterThan(v1);
    expect((await listArticles()).map((a) => a.slug)).toEqual(["syn-a", "syn-b"]);
  });
});
