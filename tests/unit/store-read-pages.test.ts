import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticClaims } from "@/lib/bench/claims";
import { closeDb, db } from "@/lib/data/connection";
import { corpus, loadAllBundles, loadArticleBundle, readClaims } from "@/lib/data/corpus";
import { setSetting } from "@/lib/data/settings";
import { inWrite, writeArticle } from "@/lib/data/write";
import { csvChunks, geojsonChunks } from "@/lib/export/load";
import { loadGazetteer } from "@/lib/geo/geodata-files";
import { DEFAULT_VIEW, NO_FILTERS } from "@/lib/view/view-state";
import { loadClaimPage, loadDashboardModel } from "@/lib/view/load-model";
import { freshStore } from "../support/store";

/** Issue 14 §2-3: the read side keeps facts, and reads text (rows, downloads) from the store. */
afterAll(() => closeDb());

const PLACES = loadGazetteer()
  .places.filter((p) => p.kind === "country" || p.kind === "province")
  .slice(0, 40);

async function ingest(slug: string, n: number, seed: number): Promise<void> {
  const { article, claims } = syntheticClaims(n, PLACES, { slug, seed, passages: 100, idPrefix: slug });
  // Served claims are accepted ones (issue 15): accepted by the admin's rule, as store-incremental does.
  await setSetting("review.autoAcceptAbove", 0, { id: null, email: "test" });
  await inWrite(await db(), (trx) => writeArticle(trx, { article, autoClaims: claims, curation: null }, { replace: true }));
}

const collect = async (chunks: AsyncGenerator<string>) => {
  const parts: string[] = [];
  for await (const c of chunks) parts.push(c);
  return parts;
};

describe("the corpus read side", () => {
  it("keeps each claim's facts and provenance in memory, but not its summary or the article text", async () => {
    await freshStore();
    await ingest("read-a", 3, 1);
    const c = await corpus();
    expect(c.claims).toHaveLength(3);
    expect(c.claims[0]).toHaveProperty("quote");
    expect(c.claims[0]).not.toHaveProperty("summary");
    const bundle = await loadArticleBundle("read-a");
    expect(bundle?.claims[0]).toHaveProperty("summary");
    expect(bundle!.article.text.length).toBeGreaterThan(100);
    expect(JSON.stringify(c)).not.toContain(bundle!.article.text);
    expect(await loadArticleBundle("no-such")).toBeNull();
  });

  it("reads an article that gives no claims, after a full read and after a patched one", async () => {
    await freshStore();
    const empty = syntheticClaims(1, PLACES, { slug: "read-empty", seed: 3, passages: 4 });
    const write = async (slug: string) =>
      inWrite(await db(), (trx) => writeArticle(trx, { article: { ...empty.article, slug }, autoClaims: [], curation: null }, { replace: true }));
    await write("read-empty");
    expect((await loadArticleBundle("read-empty"))?.article.passages).toHaveLength(4);
    await write("read-empty-2");
    expect((await loadArticleBundle("read-empty-2"))?.claims).toEqual([]);
  });

  it("re-reads for the country pages only the articles a write changed", async () => {
    await freshStore();
    await ingest("page-a", 10, 1);
    await ingest("page-b", 10, 2);
    const before = await loadAllBundles();
    await ingest("page-c", 5, 3);
    await ingest("page-b", 4, 4);
    const after = await loadAllBundles();
    expect(after.map((b) => [b.article.slug, b.claims.length])).toEqual([
      ["page-a", 10],
      ["page-b", 4],
      ["page-c", 5],
    ]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it("reads whole claims by article and id, in the order asked, leaving out unknown keys", async () => {
    await freshStore();
    await ingest("read-a", 2, 1);
    await ingest("read-b", 2, 2);
    const [a, b] = [(await corpus()).byArticle.get("read-a")!, (await corpus()).byArticle.get("read-b")!];
    const got = await readClaims([b[1]!, { article: "read-a", id: "nope" }, a[0]!]);
    expect(got.map((x) => [x.article, x.id, typeof x.summary])).toEqual([
      ["read-b", b[1]!.id, "string"],
      ["read-a", a[0]!.id, "string"],
    ]);
  });

  it("pages a view's rows from the store and counts them all", async () => {
    await freshStore();
    await ingest("read-a", 30, 3);
    const page = await loadClaimPage(NO_FILTERS, { offset: 25, limit: 10 });
    expect(page.total).toBe(30);
    expect(page.rows.map((r) => r.id)).toEqual((await corpus()).claims.slice(25).map((c) => c.id));
    expect(page.rows[0]).toHaveProperty("quote");
  });

  it("streams the CSV and GeoJSON downloads in chunks that add up to every claim–place row", async () => {
    await freshStore();
    await ingest("read-a", 1200, 4);
    await ingest("read-b", 900, 5);
    const model = await loadDashboardModel(NO_FILTERS);
    const csv = await collect(csvChunks(DEFAULT_VIEW, "http://x"));
    expect(csv.length).toBeGreaterThan(3);
    const parsed = Papa.parse<Record<string, string>>(csv.join("").slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(model.claimPlaceRows);
    const geo = JSON.parse((await collect(geojsonChunks(DEFAULT_VIEW, "http://x"))).join("")) as { type: string; features: unknown[] };
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features).toHaveLength(model.claimPlaceRows);
  });
});
