import { execFileSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");
const dataDir = inject("dataDir");

async function layer(id: string) {
  const res = await fetch(`${base}/api/layers/${id}`);
  const fc = (await res.json()) as { features: { properties: { article?: string; claimCount?: number; provenance?: { article: string }[] } }[] };
  return {
    etag: res.headers.get("etag"),
    articles: new Set(fc.features.flatMap((f) => (f.properties.provenance ?? [f.properties]).map((p) => p.article))),
    // Claims counted over every place (scale: a feature quotes its first MAX_PROVENANCE claims only).
    claims: fc.features.reduce((n, f) => n + (f.properties.claimCount ?? 0), 0),
  };
}

describe("claim layers follow the articles on disk", () => {
  it("are rebuilt, with a new ETag, after an article is ingested", async () => {
    const before = await layer("events");
    expect(before.articles.has("synthetic-recompute")).toBe(false);
    // SYNTHETIC fixture: ingested into the test server's own copy of the data.
    execFileSync(
      "node_modules/.bin/tsx",
      ["scripts/ingest.ts", "tests/fixtures/e2e/hostile-synthetic.txt", "--slug", "synthetic-recompute", "--lang", "en", "--published", "2017-11", "--accept"],
      {
        env: { ...process.env, ATLAS_DATA_DIR: dataDir },
        stdio: "ignore",
      },
    );
    // The CLI blocked this process for seconds: let it see the keep-alive sockets the server closed meanwhile.
    await new Promise((r) => setTimeout(r, 50));
    const after = await layer("events");
    // Its claims are counted; its passages are quoted where a place has fewer than MAX_PROVENANCE
    // claims before it in corpus order, which other test files' articles may already fill.
    expect(after.claims).toBeGreaterThan(before.claims);
    expect(after.etag).not.toBe(before.etag);
    const list = (await (await fetch(`${base}/api/articles`)).json()) as { articles: { slug: string }[] };
    expect(list.articles.map((a) => a.slug)).toContain("synthetic-recompute");
  });
});
