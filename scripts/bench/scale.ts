import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { formatBytes } from "../../lib/bench/stats";
import type { BenchContext } from "./context";
import { interleavedIdle } from "./navigation";
import { SCALE } from "./scale-corpus";
import { ROOT, startServer } from "./server";
import { wireBytes } from "./transfer";

const run = promisify(execFile);

type ChildOut = Record<string, number>;

async function child(mode: "generate" | "ingest-one", dir: string): Promise<ChildOut> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(__dirname, "scale-child.ts"), mode, dir], { cwd: ROOT, timeout: 900_000, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as ChildOut;
}

/** Peak resident set (VmHWM) of a process, in bytes, from /proc. */
function peakRss(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

/** Budgets stated as absolute limits (issue 14 §3): the figure's baseline is the limit itself. */
const LIMITS = { ingestMs: 500, payloadBytes: 400 * 1024, dashboardRatio: 1.3, rssBytes: 700 * 1024 * 1024 };

/**
 * Issue 14 §3: the app over 10,000 articles and 200,000 claims. The corpus is written into a
 * temp store first; ingest-one runs last, since it adds an article to that store.
 */
export async function scaleFigures(c: BenchContext): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-scale-"));
  try {
    const dir = path.join(root, "big");
    c.log(`scale: writing ${SCALE.articles.toLocaleString("en")} articles, ${SCALE.claims.toLocaleString("en")} claims into ${dir}`);
    const gen = await child("generate", dir);
    c.log(`  written in ${(gen.ms! / 1000).toFixed(1)} s`);
    const store = { ATLAS_DATA_DIR: dir, ATLAS_SEED_DIR: "none" };

    const t0 = performance.now();
    const big = await startServer(store, "/api/view");
    const coldMs = performance.now() - t0;
    c.report.add({ id: "scale.cold-start", label: `next start to the first answered /api/view, ${SCALE.claims} claims`, unit: "ms", value: coldMs });
    // Each figure on its own: one that fails (a timeout) must not hide the others.
    const figure = async (id: string, f: () => Promise<void>) => {
      try {
        await f();
      } catch (e) {
        c.report.add({ id, label: id, pass: false, note: `failed: ${(e as Error).message.split("\n")[0]}` });
      }
    };
    try {
      await figure("scale.payload", async () => {
        const html = await wireBytes(`${big.url}/`);
        const view = await wireBytes(`${big.url}/api/view`);
        c.report.add({
          id: "scale.payload",
          label: `dashboard HTML + /api/view compressed, ${SCALE.claims} claims`,
          unit: "bytes",
          value: html + view,
          baseline: LIMITS.payloadBytes,
          baselineLabel: "budget",
          budget: { max: 1 },
          note: `HTML ${formatBytes(html)}, /api/view ${formatBytes(view)}`,
        });
      });
      await figure("scale.dashboard", async () => {
        const { medians, runs } = await interleavedIdle(c.browser, { seed: `${c.app.url}/`, big: `${big.url}/` }, 3, c.log, 120_000);
        c.report.add({
          id: "scale.dashboard",
          label: `navigation to idle of / with ${SCALE.claims} claims`,
          unit: "ms",
          value: medians.big!,
          baseline: medians.seed!,
          baselineLabel: "seed-only dashboard",
          budget: { max: LIMITS.dashboardRatio },
          details: runs,
        });
      });
      await figure("scale.rss", async () => {
        const rss = peakRss(big.listenerPid());
        c.report.add({
          id: "scale.rss",
          label: `server peak RSS serving ${SCALE.claims} claims`,
          unit: "bytes",
          value: rss,
          baseline: LIMITS.rssBytes,
          baselineLabel: "budget",
          budget: { max: 1 },
        });
      });
    } finally {
      await big.stop();
    }

    const empty = await child("ingest-one", path.join(root, "empty"));
    const one = await child("ingest-one", dir);
    c.log(
      `  ingest-one: write ${one.writeMs!.toFixed(0)} ms, until layers + model reflect it ${one.ms!.toFixed(0)} ms (first derivation ${one.warmMs!.toFixed(0)} ms); empty store ${empty.ms!.toFixed(0)} ms`,
    );
    c.report.add({
      id: "scale.ingest-one",
      label: `ingest one article into ${SCALE.claims} claims, until layers and model show it`,
      unit: "ms",
      value: one.ms!,
      baseline: LIMITS.ingestMs,
      baselineLabel: "budget",
      budget: { max: 1 },
      details: { one, empty },
    });
    c.report.add({
      id: "scale.ingest-one.vs-empty",
      label: "ingest one article: 200k-claim store against an empty store",
      unit: "ms",
      value: one.ms!,
      baseline: empty.ms!,
      baselineLabel: "empty store",
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
