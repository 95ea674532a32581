/**
 * The scale bench's work that runs inside the app's data layer, in its own process (its own
 * caches, its own peak RSS). argv: `generate <data dir>` or `ingest-one <data dir>`; the data
 * dir is the store's ATLAS_DATA_DIR. Prints one JSON line on stdout.
 */
import { corpus } from "../../lib/data/corpus";
import { closeDb, handle } from "../../lib/data/connection";
import { inWrite, writeArticle } from "../../lib/data/write";
import { ARTICLE_LAYERS } from "../../lib/layers/article-layers";
import { layerBody } from "../../lib/layers/registry";
import { loadDashboardModel } from "../../lib/view/load-model";
import { NO_FILTERS } from "../../lib/view/view-state";
import { fillScaleCorpus, scaleArticle, scaleInputs } from "./scale-corpus";

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== "generate" && mode !== "ingest-one")) throw new Error("usage: scale-child generate|ingest-one <data dir>");
process.env.ATLAS_DATA_DIR = dir;
process.env.ATLAS_SEED_DIR = "none";

/** What a reader sees after a write: every claim layer and the unfiltered dashboard model. */
async function everythingDerived(): Promise<number> {
  await Promise.all(ARTICLE_LAYERS.map((def) => layerBody(def)));
  return (await loadDashboardModel(NO_FILTERS)).total;
}

async function main(): Promise<Record<string, unknown>> {
  const h = await handle();
  if (mode === "generate") {
    if (!h.sqlite) throw new Error("generate writes SQLite only");
    const t0 = performance.now();
    const claims = fillScaleCorpus(h.sqlite);
    return { claims, ms: performance.now() - t0 };
  }
  const t0 = performance.now();
  const before = await everythingDerived();
  const warmMs = performance.now() - t0;
  const { article, claims } = scaleArticle(99_999, 20, scaleInputs());
  const t1 = performance.now();
  await inWrite(h.db, (trx) => writeArticle(trx, { article, autoClaims: claims, curation: null }, { replace: true, who: "bench", acceptAs: { id: null, email: "bench" } }));
  const writeMs = performance.now() - t1;
  const after = await everythingDerived();
  const ms = performance.now() - t1;
  if (after !== before + claims.length) throw new Error(`the model shows ${after} claims after the ingest, expected ${before + claims.length}`);
  return { before, after, warmMs, writeMs, ms, articles: (await corpus()).listing.length };
}

main()
  .then(async (out) => {
    await closeDb();
    process.stdout.write(`${JSON.stringify({ mode, ...out, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
  })
  .catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
