import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "../support/server";

/**
 * Two `next start` on one store (the shared PostgreSQL database when DATABASE_URL is set, the
 * same SQLite file otherwise): an article written through one is served by the other within
 * 2 s, although the other had already cached the corpus.
 */
const base = inject("baseURL");
const dataDir = inject("dataDir");
let other: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  other = await startServer({ ATLAS_DATA_DIR: dataDir });
}, 90_000);
afterAll(() => other?.stop());

const slugs = async (url: string) => ((await (await fetch(`${url}/api/articles`)).json()) as { articles: { slug: string }[] }).articles.map((a) => a.slug);
/** Claims the events layer counts over every place (scale: a feature quotes its first MAX_PROVENANCE claims only). */
const layerClaims = async (url: string) => {
  const fc = (await (await fetch(`${url}/api/layers/events`)).json()) as { features: { properties: { claimCount?: number } }[] };
  return fc.features.reduce((n, f) => n + (f.properties.claimCount ?? 0), 0);
};

describe("several instances on one store", () => {
  it("serves an article ingested through one instance's store from the other within 2 s", async () => {
    // Both have built their caches before the write.
    for (const url of [base, other.baseURL]) expect(await slugs(url)).not.toContain("synthetic-multi");
    const before = await layerClaims(other.baseURL);
    // SYNTHETIC fixture, written by the CLI with the first server's settings (its store).
    await promisify(execFile)("node_modules/.bin/tsx", ["scripts/ingest.ts", "tests/fixtures/e2e/hostile-synthetic.txt", "--slug", "synthetic-multi", "--lang", "en", "--accept"], {
      env: { ...process.env, ATLAS_DATA_DIR: dataDir },
    });
    const t0 = Date.now();
    let seen = false;
    while (!seen && Date.now() - t0 < 2_000) {
      seen = (await slugs(other.baseURL)).includes("synthetic-multi") && (await layerClaims(other.baseURL)) > before;
      if (!seen) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen, "the other instance serves it within 2 s").toBe(true);
    expect(await slugs(base)).toContain("synthetic-multi");
  });
});
