/**
 * Profiles scale-child's ingest-one after the store is warm: writes a CPU profile of the part
 * that counts (the write and everything derived after it) to argv[3]. For finding what to cut,
 * not a figure: `node --import tsx scripts/bench/scale-profile.ts <data dir> <out.cpuprofile>`.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { closeDb, handle } from "../../lib/data/connection";
import { inWrite, writeArticle } from "../../lib/data/write";
import { ARTICLE_LAYERS } from "../../lib/layers/article-layers";
import { layerBody } from "../../lib/layers/registry";
import { corpus } from "../../lib/data/corpus";
import { loadEventIndex } from "../../lib/events/load";
import { corpusAggregate, loadDashboardModel, loadWireModel } from "../../lib/view/load-model";
import { NO_FILTERS } from "../../lib/view/view-state";
import { scaleArticle, scaleInputs } from "./scale-corpus";

const [dir, out, nth = "99999"] = process.argv.slice(2);
if (!dir || !out) throw new Error("usage: scale-profile <data dir> <out.cpuprofile> [article number]");
process.env.ATLAS_DATA_DIR = dir;
process.env.ATLAS_SEED_DIR = "none";

async function everythingDerived(): Promise<number> {
  await Promise.all(ARTICLE_LAYERS.map((def) => layerBody(def)));
  return (await loadDashboardModel(NO_FILTERS)).total;
}

async function main() {
  const h = await handle();
  await everythingDerived();
  const { article, claims } = scaleArticle(Number(nth), 20, scaleInputs());
  const s = new Session();
  s.connect();
  await s.post("Profiler.enable");
  await s.post("Profiler.start");
  const t0 = performance.now();
  await inWrite(h.db, (trx) => writeArticle(trx, { article, autoClaims: claims, curation: null }, { replace: true, who: "bench", acceptAs: { id: null, email: "bench" } }));
  const phases: Record<string, number> = {};
  const time = async (name: string, f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    phases[name] = Math.round(performance.now() - t);
  };
  await time("corpus", () => corpus());
  await time("events", () => loadEventIndex());
  await time("aggregate-marks", () => corpusAggregate("marks"));
  await time("aggregate-layers", () => corpusAggregate("layers"));
  await time("layers", () => Promise.all(ARTICLE_LAYERS.map((def) => layerBody(def))));
  await time("model", () => loadDashboardModel(NO_FILTERS));
  await time("wire", () => loadWireModel(NO_FILTERS));
  const ms = performance.now() - t0;
  const { profile } = await s.post("Profiler.stop");
  writeFileSync(out!, JSON.stringify(profile));
  await closeDb();
  process.stdout.write(`${JSON.stringify({ ms, phases, rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed })}\n`);
}
main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
