import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db } from "@/lib/data/connection";
import { listArticles, loadArticleBundle } from "@/lib/data/corpus";
import { ExchangeError } from "@/lib/data/errors";
import { writeExchangeDir } from "@/lib/data/exchange";
import { exportTo, importFrom } from "@/lib/data/transfer";
import { inWrite, writeArticle } from "@/lib/data/write";
import { editClaim, getClaim } from "@/lib/review/claims-store";
import { freshStore } from "../support/store";

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `atlas-${name}-`));
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n), "utf8")]),
  );
const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const synthetic = (slug: string) => {
  const r = ingestText(readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8"), { slug }, m);
  return { slug, article: r.article, claims: r.claims };
};

afterAll(() => closeDb());

describe("export and import", () => {
  it("round-trips: export, import into an empty database, export again gives identical files", async () => {
    await freshStore("geodata/articles"); // the shipped seed, with its curation
    const first = tmp("export-1");
    expect(await exportTo(await db(), first)).toBe(1);
    expect(Object.keys(files(first))).toEqual(["000_40a8f3811f703089.article.json", "000_40a8f3811f703089.claims.json", "000_40a8f3811f703089.curated.json"]);
    await freshStore();
    expect(await listArticles()).toEqual([]);
    expect((await importFrom(await db(), first)).count).toBe(1);
    const second = tmp("export-2");
    await exportTo(await db(), second);
    expect(files(second)).toEqual(files(first));
  });

  it("carries the workspace's decisions through an export and an import: accepted, rejected and edited claims come back as the people left them", async () => {
    await freshStore();
    const text = (JSON.parse(readFileSync("geodata/articles/000_40a8f3811f703089.article.json", "utf8")) as { text: string }).text;
    const r = ingestText(text, { slug: "decided", published: { value: "2017-11", precision: "month", inferred: false } }, loadMatchers());
    expect(r.claims.length).toBeGreaterThanOrEqual(3);
    await inWrite(await db(), (trx) => writeArticle(trx, { article: r.article, autoClaims: r.claims }));
    const [a, b, c] = r.claims.map((x) => `decided:${x.id}`) as [string, string, string];
    const editor = { id: "u-1", email: "editor@example.org" };
    await editClaim(a, { rev: 0, status: "accepted" }, editor);
    await editClaim(b, { rev: 0, status: "rejected" }, editor);
    await editClaim(c, { rev: 0, status: "accepted", certainty: "hedged" }, editor);
    const before = await Promise.all([a, b, c].map(getClaim));
    const dir = tmp("export-decisions");
    await exportTo(await db(), dir);
    expect(Object.keys(files(dir))).toContain("decided.reviews.json");

    await freshStore();
    await importFrom(await db(), dir);
    const after = await Promise.all([a, b, c].map(getClaim));
    const view = (x: Awaited<ReturnType<typeof getClaim>>) => ({ status: x.status, by: x.reviewedBy, at: x.reviewedAt, certainty: x.claim.certainty });
    expect(after.map(view)).toEqual(before.map(view));
    expect(after.map((x) => x.status)).toEqual(["accepted", "rejected", "accepted"]);
    expect(after[2]!.claim.certainty).toBe("hedged");
    // Export, import, export: the same files, decisions included.
    const again = tmp("export-decisions-2");
    await exportTo(await db(), again);
    expect(files(again)).toEqual(files(dir));
  });

  it("imports nothing when one file fails its schema, and names the file and the field", async () => {
    await freshStore();
    const dir = tmp("bad-import");
    writeExchangeDir(dir, [synthetic("good-one"), synthetic("bad-one")]);
    const f = path.join(dir, "bad-one.article.json");
    writeFileSync(f, readFileSync(f, "utf8").replace('"lang": "ar"', '"lang": "fr"'));
    const err = await importFrom(await db(), dir).catch((e) => e);
    expect(err).toBeInstanceOf(ExchangeError);
    expect((err as ExchangeError).problems).toEqual([expect.stringMatching(/bad-one\.article\.json: field lang: /)]);
    expect(await listArticles(), "the good article was not imported either").toEqual([]);
  });

  it.each([
    ["truncated JSON", (s: string) => s.slice(0, 40), /not valid JSON/],
    ["an empty file", () => "", /is empty/],
    ["a schema error", (s: string) => s.replace('"version": 1', '"version": 2'), /field version: /],
    ["a curation for another article", (s: string) => s.replace('"article": "cur-one"', '"article": "other"'), /field article: "other" is not the file's own slug/],
  ])("refuses a curation file with %s, naming it", async (_name, mangle, re) => {
    await freshStore();
    const dir = tmp("bad-curation");
    writeExchangeDir(dir, [
      { ...synthetic("cur-one"), curation: { version: 1, article: "cur-one", autoClaims: "merge", metadata: { title: "T" }, glosses: {}, remove: [], patch: [], add: [] } },
    ]);
    const f = path.join(dir, "cur-one.curated.json");
    writeFileSync(f, mangle(readFileSync(f, "utf8")));
    const err = (await importFrom(await db(), dir).catch((e) => e)) as ExchangeError;
    expect(err.problems[0]).toContain(f);
    expect(err.problems[0]).toMatch(re);
  });

  it("accepts a file saved with a UTF-8 byte-order mark", async () => {
    await freshStore();
    const dir = tmp("bom");
    writeExchangeDir(dir, [synthetic("bom-one")]);
    const f = path.join(dir, "bom-one.article.json");
    writeFileSync(f, `\ufeff${readFileSync(f, "utf8")}`);
    expect((await importFrom(await db(), dir)).count).toBe(1);
  });
});

describe("first start", () => {
  it("imports the seed into a new database, leaving out (and logging) only an article whose curation is broken", async () => {
    const seed = tmp("seed");
    cpSync("geodata/articles", seed, { recursive: true });
    writeExchangeDir(seed, [
      { ...synthetic("broken-one"), curation: { version: 1, article: "broken-one", autoClaims: "merge", metadata: {}, glosses: {}, remove: [], patch: [], add: [] } },
    ]);
    writeFileSync(path.join(seed, "broken-one.curated.json"), '{"version": 1, "article": "broken-one", "add": [');
    const logged: string[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => logged.push(a.join(" "));
    try {
      await freshStore(seed);
      expect((await listArticles()).map((a) => a.slug)).toEqual(["000_40a8f3811f703089"]);
    } finally {
      console.error = orig;
    }
    expect(logged).toEqual([expect.stringMatching(/broken-one\.curated\.json: not valid JSON/)]);
    expect((await loadArticleBundle("000_40a8f3811f703089"))?.curated).toBe(true);
  });

  it("imports the seed once: an emptied database is not seeded again", async () => {
    await freshStore("geodata/articles");
    const k = await db();
    expect((await listArticles()).length).toBe(1);
    await k.deleteFrom("articles").execute();
    await k.updateTable("corpus").set({ version: 99 }).execute();
    await closeDb();
    expect(await listArticles()).toEqual([]);
  });
});
