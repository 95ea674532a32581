import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db } from "@/lib/data/connection";
import { forgetCorpus, loadArticleBundle } from "@/lib/data/corpus";
import { boundClaims, CLAIM_BOUNDS, inWrite, writeArticle } from "@/lib/data/write";
import type { Claim } from "@/lib/schema/article";
import { freshStore } from "../support/store";

const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const base = ingestText(readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8"), { slug: "syn-bounds" }, m);

/** n copies of a real claim under new ids, spread over the first `passages` passages. */
function many(n: number, passages: number): Claim[] {
  const proto = base.claims[0]!;
  const ids = base.article.passages.slice(0, passages).map((p) => p.id);
  return Array.from({ length: n }, (_, i) => ({ ...proto, id: `${proto.id}-x${i}`, passageId: ids[i % ids.length]! }));
}

beforeEach(async () => {
  await freshStore();
});
afterAll(() => closeDb());

describe("what one article may produce", () => {
  it("keeps the first claims of each passage and of the article, in order, and says how many were left out", () => {
    const claims = many(10, 2);
    const r = boundClaims(claims, { perPassage: 3, perArticle: 5 });
    expect(r.claims.map((c) => c.id)).toEqual([0, 1, 2, 3, 4].map((i) => claims[i]!.id));
    expect(boundClaims(claims, { perPassage: 2, perArticle: 100 }).claims.map((c) => c.id)).toEqual([0, 1, 2, 3].map((i) => claims[i]!.id));
    expect(r.dropped).toBe(5);
    expect(r.message).toMatch(/^kept 5 of 10 automatic claims: an article may give at most 3 per passage and 5 in all/);
    expect(boundClaims(base.claims)).toEqual({ claims: base.claims, dropped: 0 });
  });

  it("is enforced by the store's write path, which keeps the message with the article", async () => {
    // The fixture has few passages, so the per-passage bound is the one that bites here.
    const claims = many(CLAIM_BOUNDS.perArticle + 500, 200);
    const expected = Math.min(CLAIM_BOUNDS.perArticle, base.article.passages.length * CLAIM_BOUNDS.perPassage);
    const k = await db();
    const { warnings } = await inWrite(k, (trx) => writeArticle(trx, { article: base.article, autoClaims: claims }, { acceptAs: { id: null, email: "test-reviewer" } }));
    forgetCorpus();
    const b = (await loadArticleBundle("syn-bounds"))!;
    expect(expected).toBeLessThan(claims.length);
    expect(b.claims).toHaveLength(expected);
    expect(b.warnings[0]).toMatch(new RegExp(`^kept ${expected.toLocaleString("en")} of 2,500 automatic claims`));
    expect(warnings).toEqual(b.warnings);
  });

  it("is said at ingest, on stderr, and the article is stored within bounds", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bounds-cli-"));
    const file = path.join(dir, "repeats.txt");
    // Generated here, never committed: one sentence repeated gives one claim per repetition.
    writeFileSync(file, Array.from({ length: 2200 }, (_, i) => `ISIS lost Raqqa last October.${i % 5 === 4 ? "\n\n" : " "}`).join(""));
    const store = path.join(dir, "store");
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/ingest.ts", file, "--accept"], {
      encoding: "utf8",
      env: { ...process.env, ATLAS_DATA_DIR: store, ATLAS_SEED_DIR: "none" },
      timeout: 90_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("ingest: repeats: kept 2,000 of 2,200 automatic claims");
    expect(r.stdout).toContain("repeats: 2200 passages, 2000 claims written");
    await closeDb();
    forgetCorpus();
    process.env.ATLAS_DATA_DIR = store;
    expect((await loadArticleBundle("repeats"))!.claims).toHaveLength(2000);
  });
});
