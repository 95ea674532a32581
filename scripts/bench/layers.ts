import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { syntheticClaims } from "../../lib/bench/claims";
import { Gazetteer } from "../../lib/schema/gazetteer";
import type { BenchContext } from "./context";
import { interleavedIdle, timeToIdle } from "./navigation";
import { ROOT, startServer } from "./server";

const run = promisify(execFile);

export type ChildFigures = { mode: string; claims: number; ms: number; firstMs: number; features: number; outBytes: number; maxRss: number };

/** Temp data dirs, one per size, each holding one synthetic article and its claims. */
export function writeSyntheticSets(sizes: number[]): { dirs: Record<number, string>; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
  const places = Gazetteer.parse(JSON.parse(readFileSync(path.join(ROOT, "geodata/gazetteer.json"), "utf8"))).places;
  const dirs: Record<number, string> = {};
  for (const n of sizes) {
    const slug = `synthetic-bench-${n}`;
    const { article, claims } = syntheticClaims(n, places, { slug, seed: n });
    const dir = path.join(root, String(n));
    mkdirSync(dir);
    writeFileSync(path.join(dir, `${slug}.article.json`), JSON.stringify(article));
    writeFileSync(path.join(dir, `${slug}.claims.json`), JSON.stringify(claims));
    dirs[n] = dir;
  }
  return { dirs, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export async function runChild(dir: string, mode: "layers" | "stringify"): Promise<ChildFigures> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(__dirname, "layers-child.ts"), dir, mode], {
    cwd: ROOT,
    timeout: 300_000,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as ChildFigures;
}

export const LAYER_SIZES = [10_000, 100_000];

export async function layerFigures(c: BenchContext): Promise<void> {
  for (const n of LAYER_SIZES) {
    c.log(`layer rebuild from ${n.toLocaleString("en")} synthetic claims (child processes, peak RSS)`);
    const layers = await runChild(c.synthetic[n]!, "layers");
    const plain = await runChild(c.synthetic[n]!, "stringify");
    c.log(
      `  ${layers.features} features; first build ${layers.firstMs.toFixed(0)} ms (includes place shapes), rebuild ${layers.ms.toFixed(0)} ms; JSON.stringify ${plain.ms.toFixed(0)} ms`,
    );
    c.report.add({
      id: `layers.${n}.time`,
      label: `layer rebuild, ${n} claims`,
      unit: "ms",
      value: layers.ms,
      baseline: plain.ms,
      baselineLabel: "JSON.stringify",
      details: { layers, stringify: plain },
    });
    c.report.add({
      id: `layers.${n}.first`,
      label: `first layer build (with place shapes), ${n} claims`,
      unit: "ms",
      value: layers.firstMs,
      baseline: plain.ms,
      baselineLabel: "JSON.stringify",
    });
    c.report.add({
      id: `layers.${n}.rss`,
      label: `peak RSS of the layer build, ${n} claims`,
      unit: "bytes",
      value: layers.maxRss,
      baseline: plain.maxRss,
      baselineLabel: "JSON.stringify process",
    });
  }
}

const CLAIM_LAYER = /\/api\/layers\/(events|territorial-loss|recruitment-hotspots|allegiance-shifts)\b/;

/** The dashboard served from each synthetic data dir (10,000 and 100,000 claims), against the normal one, both running. */
export async function bigDashboardFigures(c: BenchContext, runs = 5): Promise<void> {
  for (const n of LAYER_SIZES) await bigDashboard(c, n, runs);
}

async function bigDashboard(c: BenchContext, n: number, runs: number): Promise<void> {
  c.log(`dashboard with ${n.toLocaleString("en")} claims: a second next start on a store holding the synthetic set`);
  // Imported before the server starts (`npm run import`), so its start-up wait measures serving, not importing.
  const store = { ATLAS_DATA_DIR: `${c.synthetic[n]!}/db`, ATLAS_SEED_DIR: "none" };
  const t0 = Date.now();
  await run(process.execPath, ["--import", "tsx", "scripts/import.ts", c.synthetic[n]!, "--accept"], { cwd: ROOT, env: { ...process.env, ...store } });
  c.log(`  imported into the store in ${Date.now() - t0} ms`);
  const big = await startServer(store);
  try {
    const api = new Set<string>();
    const cold = await timeToIdle(c.browser, `${big.url}/`, (u) => u.includes("/api/") && api.add(new URL(u).pathname));
    const claimLayerRequested = [...api].some((p) => CLAIM_LAYER.test(p));
    c.log(`  first load (server builds the claim layers): ${cold.toFixed(0)} ms; API requests: ${[...api].join(" ")}`);
    const { medians, runs: all } = await interleavedIdle(c.browser, { normal: `${c.app.url}/`, big: `${big.url}/` }, runs, c.log);
    const note = claimLayerRequested ? undefined : `no /api/layers/<claim layer> requested: this measures what the dashboard loads (${[...api].join(", ")})`;
    c.report.add({
      id: `dashboard.${n}`,
      label: `navigation to idle of / with ${n} claims`,
      unit: "ms",
      value: medians.big!,
      baseline: medians.normal!,
      baselineLabel: "normal dashboard",
      pass: true,
      details: { firstLoadMs: cold, runs: all, claimLayerRequested, apiRequests: [...api] },
      ...(note ? { note } : {}),
    });
  } finally {
    await big.stop();
  }
}
