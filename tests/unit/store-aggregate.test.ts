import { afterAll, describe, expect, it } from "vitest";
import { syntheticClaims } from "@/lib/bench/claims";
import { closeDb, db } from "@/lib/data/connection";
import { setSetting } from "@/lib/data/settings";
import { inWrite, writeArticle } from "@/lib/data/write";
import { loadGazetteer } from "@/lib/geo/geodata-files";
import { ARTICLE_LAYERS } from "@/lib/layers/article-layers";
import { layerBody } from "@/lib/layers/registry";
import { dashboardModel } from "@/lib/view/dashboard-model";
import { corpusAggregate, corpusControl, loadDashboardModel, modelInputs } from "@/lib/view/load-model";
import { NO_FILTERS } from "@/lib/view/view-state";
import { freshStore } from "../support/store";

/** Issue 14 §2: one ingest patches the aggregation its article touches; it does not recount the others. */
afterAll(() => closeDb());

const PLACES = loadGazetteer()
  .places.filter((p) => p.kind !== "region")
  .slice(0, 300);

async function ingest(slug: string, n: number, seed: number, places = PLACES): Promise<void> {
  const { article, claims } = syntheticClaims(n, places, { slug, seed, passages: 20, idPrefix: slug });
  // Served claims are accepted ones (issue 15): accepted by the admin's rule, as store-incremental does.
  await setSetting("review.autoAcceptAbove", 0, { id: null, email: "test" });
  await inWrite(await db(), (trx) => writeArticle(trx, { article, autoClaims: claims, curation: null }, { replace: true }));
}

describe("the corpus aggregate after a write", () => {
  it("is the same aggregate, patched with the new article, and gives the model a full count would", async () => {
    await freshStore();
    for (const [i, slug] of ["agg-a", "agg-b", "agg-c", "agg-d"].entries()) await ingest(slug, 40, i + 1);
    const before = await corpusAggregate();
    expect((await loadDashboardModel(NO_FILTERS)).claimsTotal).toBe(160);
    await ingest("agg-e", 25, 9);
    await ingest("agg-b", 10, 11); // replaced: its 40 claims out, 10 in
    const after = await corpusAggregate();
    expect(after).toBe(before);
    const model = await loadDashboardModel(NO_FILTERS);
    expect(model.claimsTotal).toBe(40 * 3 + 25 + 10);
    const scanned = dashboardModel(await modelInputs(), NO_FILTERS);
    const sorted = (m: typeof model) => m.marks.map((k) => [k.id, k.claims, k.value, k.articleCount]).sort();
    expect(sorted(model)).toEqual(sorted(scanned));
    expect(model.counts).toEqual(scanned.counts);
    expect(model.timeline).toEqual(scanned.timeline);
  });

  it("patches the unfiltered dashboard's control layer per article, equal to a pass over every claim", async () => {
    await freshStore();
    for (const [i, slug] of ["ctl-a", "ctl-b", "ctl-c"].entries()) await ingest(slug, 60, i + 21);
    const control = (m: Awaited<ReturnType<typeof loadDashboardModel>>) => m.marks.filter((k) => k.layer === "control-changes");
    expect(control(await loadDashboardModel(NO_FILTERS)).length).toBeGreaterThan(0);
    await ingest("ctl-d", 40, 31);
    await ingest("ctl-a", 15, 32); // replaced: towns it named may lose their mark
    const model = await loadDashboardModel(NO_FILTERS);
    const scanned = dashboardModel(await modelInputs(), NO_FILTERS);
    expect(control(model)).toEqual(control(scanned));
    expect(model.counts["control-changes"]).toBe(scanned.counts["control-changes"]);
  });

  it("recomputes only the towns a write names in the control layer", async () => {
    await freshStore();
    await ingest("ctl-a", 80, 41, PLACES.slice(0, 150));
    const before = new Map((await corpusControl()).marks.map((m) => [m.placeId, m]));
    await ingest("ctl-b", 80, 42, PLACES.slice(150));
    const after = (await corpusControl()).marks;
    expect(after.length).toBeGreaterThan(before.size);
    for (const m of after) if (before.has(m.placeId)) expect(m).toBe(before.get(m.placeId));
  });

  it("keeps the layers' per-place claims out of the dashboard's aggregate, built only for a layer", async () => {
    await freshStore();
    await ingest("agg-a", 20, 1);
    await loadDashboardModel(NO_FILTERS);
    expect((await corpusAggregate()).placeEntries.size).toBe(0);
    await layerBody(ARTICLE_LAYERS.find((l) => l.id === "events")!);
    expect((await corpusAggregate("layers")).placeEntries.size).toBeGreaterThan(0);
  });

  it("shows a new article in every claim layer", async () => {
    await freshStore();
    await ingest("agg-a", 30, 1);
    const count = async () => {
      let n = 0;
      for (const def of ARTICLE_LAYERS) {
        const fc = JSON.parse(new TextDecoder().decode((await layerBody(def)).body)) as { features: { properties: { claimCount?: number } }[] };
        if (def.id === "events") n = fc.features.reduce((s, f) => s + (f.properties.claimCount ?? 0), 0);
      }
      return n;
    };
    const before = await count();
    await ingest("agg-z", 7, 5);
    expect(await count()).toBeGreaterThan(before);
  });

  it("writes each claim layer, patched place by place, as the same bytes as building it whole", async () => {
    await freshStore();
    await ingest("agg-a", 60, 1);
    for (const def of ARTICLE_LAYERS) await def.json!();
    await ingest("agg-b", 30, 2);
    await ingest("agg-a", 20, 3);
    for (const def of ARTICLE_LAYERS) {
      const patched = await def.json!();
      expect(new TextDecoder().decode(patched.bytes)).toBe(JSON.stringify(await def.build()));
      expect(patched.featureCount).toBeGreaterThan(0);
    }
  });
});
