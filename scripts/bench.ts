/**
 * `npm run bench`: every figure as a ratio against a baseline measured in the same run (the
 * machine is shared and noisy, so no absolute time is a budget). Builds or reuses a fresh
 * production build, starts `next start` on a free loopback port, stops it by PID at the end,
 * writes bench-results/bench-<timestamp>.json and bench-results/latest.json, and exits 1
 * when a budget is missed or a step fails.
 */
import type { Browser } from "@playwright/test";
import { launchBrowser, mapSizeOf, type Viewport } from "./bench/browser";
import type { BenchContext } from "./bench/context";
import { ingestFigures } from "./bench/ingest";
import { bigDashboardFigures, LAYER_SIZES, layerFigures, writeSyntheticSets } from "./bench/layers";
import { navigationFigures } from "./bench/navigation";
import { scaleFigures } from "./bench/scale";
import { startPlainServer } from "./bench/plain";
import { Report } from "./bench/report";
import { ensureBuild, type Server, startServer } from "./bench/server";
import { LOAD_LAYERS, renderFigures, throughputFigures, writeStaticLayers } from "./bench/throughput";
import { timeFigures } from "./bench/time";
import { transferFigures } from "./bench/transfer";

const t0 = Date.now();
const log = (s: string) => process.stdout.write(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${s}\n`);

type Step = { name: string; run: (c: BenchContext) => Promise<void> | void };

// In order: browser figures first, while nothing else has warmed or loaded the machine.
const STEPS: Step[] = [
  { name: "transfer", run: transferFigures },
  { name: "navigation", run: (c) => navigationFigures(c) },
  { name: "throughput", run: (c) => throughputFigures(c) },
  { name: "render", run: (c) => renderFigures(c) },
  { name: "ingest", run: ingestFigures },
  { name: "layers", run: layerFigures },
  { name: "dashboard with many claims", run: (c) => bigDashboardFigures(c) },
  { name: "scale", run: scaleFigures },
  { name: "time", run: timeFigures },
];

const cleanups: (() => Promise<void> | void)[] = [];

async function cleanup(): Promise<void> {
  for (const f of cleanups.splice(0).reverse()) {
    try {
      await f();
    } catch (e) {
      log(`cleanup: ${(e as Error).message}`);
    }
  }
}

async function main(): Promise<number> {
  const report = new Report(log);
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
  // A misspelt step would run nothing and report "every budget met": refuse it instead.
  const known = STEPS.map((st) => st.name.split(" ")[0]!);
  const unknown = only?.filter((n) => !known.includes(n)) ?? [];
  if (unknown.length) {
    log(`BENCH_ONLY names no step: ${unknown.join(", ")} (steps: ${known.join(", ")})`);
    return 2;
  }
  const build = await ensureBuild(log);
  log(`production build ${build}`);

  // Static copies of the layers must exist before `next start`: it only serves public files seen at start-up.
  const statics = await writeStaticLayers(LOAD_LAYERS);
  cleanups.push(statics.remove);
  log(`synthetic claims: writing ${LAYER_SIZES.join(" and ")} claims into a temp ATLAS_DATA_DIR`);
  const synthetic = writeSyntheticSets(LAYER_SIZES);
  cleanups.push(synthetic.remove);

  const app: Server = await startServer();
  cleanups.push(app.stop);
  log(`next start on ${app.url} (PID ${app.pid}, listening PID ${app.listenerPid()})`);
  const plain = await startPlainServer(app.url);
  cleanups.push(plain.close);
  log(`plain HTML + MapLibre reference page on ${plain.url}`);
  const browser: Browser = await launchBrowser();
  cleanups.push(() => browser.close());

  let viewport: Promise<Viewport> | undefined;
  const mapViewport = () => (viewport ??= mapSizeOf(browser, `${app.url}/`));
  const ctx: BenchContext = { app, plainUrl: plain.url, browser, report, log, statics: statics.paths, synthetic: synthetic.dirs, mapViewport };
  for (const step of STEPS) {
    if (only && !only.includes(step.name.split(" ")[0]!)) continue;
    log(`— ${step.name}`);
    try {
      await step.run(ctx);
    } catch (e) {
      report.add({ id: `error.${step.name}`, label: `${step.name} step`, pass: false, note: `failed: ${(e as Error).message.split("\n")[0]}` });
    }
  }
  await cleanup();

  const file = report.write({ build, baseUrl: app.url });
  log(`wrote ${file} and bench-results/latest.json`);
  const failed = report.failed;
  log(failed.length ? `${failed.length} budget(s) missed or step(s) failed: ${failed.map((f) => f.id).join(", ")}` : "every budget met");
  return failed.length ? 1 : 0;
}

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    log(`${sig}: stopping the servers and removing temp files`);
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .then((code) => (process.exitCode = code))
  .catch(async (e) => {
    log(`failed: ${(e as Error).message ?? e}`);
    await cleanup();
    process.exitCode = 1;
  });
