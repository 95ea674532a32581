import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db, handle } from "@/lib/data/connection";
import { corpusVersion, forgetCorpus, listArticles, loadArticleBundle } from "@/lib/data/corpus";
import { ConflictError } from "@/lib/data/errors";
import { exportTo, importFrom } from "@/lib/data/transfer";
import { inWrite, writeArticle } from "@/lib/data/write";
import { freshPostgresDatabase } from "../support/postgres";

/**
 * The same data layer on PostgreSQL. Needs a server: ATLAS_TEST_POSTGRES_URL, which .ci/run
 * sets (its throwaway cluster); without it these are skipped, and the API tests' PostgreSQL
 * run (`npm run test:api:pg`) still covers the store end to end.
 */
const BASE = process.env.ATLAS_TEST_POSTGRES_URL;
const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const text = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n), "utf8")]),
  );

async function onNewDatabase(seed = "none") {
  await closeDb();
  forgetCorpus();
  process.env.DATABASE_URL = await freshPostgresDatabase(BASE!);
  process.env.ATLAS_SEED_DIR = seed;
}

afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
});

describe.skipIf(!BASE)("the store on PostgreSQL", () => {
  it("migrates a new database, imports the seed and serves it", async () => {
    await onNewDatabase("geodata/articles");
    expect((await handle()).dialect).toBe("postgres");
    const b = (await loadArticleBundle("000_40a8f3811f703089"))!;
    expect(b.curated).toBe(true);
    expect(b.claims.every((c) => c.status === "accepted")).toBe(true);
  });

  it("round-trips export and import with files identical to SQLite's format", async () => {
    await onNewDatabase("geodata/articles");
    const first = mkdtempSync(path.join(tmpdir(), "atlas-pg-export-"));
    await exportTo(await db(), first);
    await onNewDatabase();
    await importFrom(await db(), first);
    const second = mkdtempSync(path.join(tmpdir(), "atlas-pg-export-"));
    await exportTo(await db(), second);
    expect(files(second)).toEqual(files(first));
  });

  it("writes in one transaction that bumps the version, and refuses a silent overwrite", async () => {
    await onNewDatabase();
    const save = async (body: string, replace = false) => {
      const r = ingestText(body, { slug: "pg-one" }, m);
      await inWrite(await db(), (trx) => writeArticle(trx, { article: r.article, autoClaims: r.claims }, { replace }));
    };
    const v0 = await corpusVersion();
    await Promise.all([save(text), inWrite(await db(), async () => {})]);
    expect(await corpusVersion()).toBe(v0 + 2);
    await expect(save("ISIS lost Raqqa.\n")).rejects.toThrow(ConflictError);
    expect(await corpusVersion()).toBe(v0 + 2);
    expect((await listArticles()).map((a) => a.slug)).toEqual(["pg-one"]);
  });
});
