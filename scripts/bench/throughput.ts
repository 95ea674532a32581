import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { formatBytes, median } from "../../lib/bench/stats";
import { findLayer, layerBody } from "../../lib/layers/registry";
import type { BenchContext } from "./context";
import { ROOT } from "./server";

export type Load = { rps: number; p99: number; requests: number; errors: number; non2xx: number; bytesPerReq: number };

const staticName = (id: string) => `bench-static-${id}.json`;

/**
 * The layers' bytes as static files in public/, written before `next start` because the
 * production server only serves public files it saw at start-up. Built by the same lib code
 * the route runs; the bench checks the served bytes are identical before comparing them.
 */
export async function writeStaticLayers(ids: string[]): Promise<{ paths: Record<string, string>; remove: () => void }> {
  const paths: Record<string, string> = {};
  for (const id of ids) {
    writeFileSync(path.join(ROOT, "public", staticName(id)), (await layerBody(findLayer(id))).body);
    paths[id] = `/${staticName(id)}`;
  }
  return {
    paths,
    remove: () => {
      for (const id of ids) rmSync(path.join(ROOT, "public", staticName(id)), { force: true });
    },
  };
}

/** Fails the run unless the route and the static file send byte-identical bodies. */
export async function assertSameBytes(a: string, b: string): Promise<number> {
  const [x, y] = await Promise.all([a, b].map(async (u) => Buffer.from(await (await fetch(u)).arrayBuffer())));
  if (!x!.equals(y!)) throw new Error(`${a} and ${b} send different bytes (${x!.length} vs ${y!.length})`);
  return x!.length;
}

/**
 * Closed-loop load from `connections` keep-alive clients for `seconds`, no compression asked
 * (so the figure is the handler's cost, not gzip's). Bounded: stopped if it overruns.
 */
export async function load(url: string, connections = 50, seconds = 5): Promise<Load> {
  let instance: autocannon.Instance | undefined;
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({ url, connections, duration: seconds, timeout: 10 }, (err, r) => (err ? reject(err) : resolve(r)));
  });
  const guard = setTimeout(() => instance?.stop(), (seconds + 20) * 1000);
  try {
    const r = await result;
    return {
      rps: r.requests.total / (r.duration || seconds),
      p99: r.latency.p99,
      requests: r.requests.total,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
      bytesPerReq: r.requests.total ? r.throughput.total / r.requests.total : 0,
    };
  } finally {
    clearTimeout(guard);
  }
}

/** The layer routes measured under load, each against a static file of its own bytes. */
export const LOAD_LAYERS = ["admin1", "events"];

export async function throughputFigures(c: BenchContext, seconds = 5, rounds = 3): Promise<void> {
  for (const id of LOAD_LAYERS) {
    const api = `${c.app.url}/api/layers/${id}`;
    const file = `${c.app.url}${c.statics[id]}`;
    const size = await assertSameBytes(api, file);
    c.log(`load on /api/layers/${id} (${formatBytes(size)}) and its static copy: 50 connections, ${rounds} rounds of ${seconds} s each`);
    // Warm-up at full load, unmeasured: the JIT and the server's caches settle before the figure is taken.
    for (const u of [api, file]) await load(u, 50, 2);
    // Several short rounds, each taking both sides back to back and alternating which goes first:
    // one pair of runs swung the ratio by ±0.1 between runs of the bench (drift on the shared
    // machine, the server's GC from the run before), a median of pairs much less.
    const runs: { api: Load; static: Load; ratio: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      const got = new Map<string, Load>();
      for (const u of r % 2 ? [file, api] : [api, file]) got.set(u, await load(u, 50, seconds));
      const a = got.get(api)!;
      const s = got.get(file)!;
      runs.push({ api: a, static: s, ratio: a.rps / s.rps });
      c.log(`  round ${r + 1}/${rounds}: route ${a.rps.toFixed(0)} req/s (p99 ${a.p99} ms), static ${s.rps.toFixed(0)} req/s (p99 ${s.p99} ms) = ${(a.rps / s.rps).toFixed(2)}x`);
    }
    // The round with the median ratio stands for the figure, so its two sides were measured together.
    const mid = [...runs].sort((x, y) => x.ratio - y.ratio)[Math.floor(runs.length / 2)]!;
    const errors = runs.reduce((n, r) => n + r.api.errors + r.api.non2xx + r.static.errors + r.static.non2xx, 0);
    c.report.add({
      id: `throughput.${id}`,
      label: `throughput of GET /api/layers/${id}`,
      unit: "req/s",
      value: mid.api.rps,
      baseline: mid.static.rps,
      baselineLabel: "static file",
      budget: { min: 0.8 },
      details: { rounds: runs },
      ...(errors ? { pass: false, note: `${errors} errors or non-2xx answers` } : {}),
    });
    c.report.add({
      id: `latency.${id}`,
      label: `p99 latency of GET /api/layers/${id}`,
      unit: "ms",
      value: median(runs.map((r) => r.api.p99)),
      baseline: Math.max(median(runs.map((r) => r.static.p99)), 1),
      baselineLabel: "static file",
    });
  }
}

/**
 * Routes that render something on request, timed over sequential GETs against a static file.
 * A route that is not there yet is reported as skipped, so adding one is one line here.
 */
export const RENDER_ROUTES: { id: string; path: string }[] = [{ id: "static-map", path: "/api/static-map.png" }];

export async function renderFigures(c: BenchContext, n = 10): Promise<void> {
  for (const r of RENDER_ROUTES) {
    const probe = await fetch(`${c.app.url}${r.path}`);
    await probe.arrayBuffer();
    if (probe.status === 404) {
      c.report.add({ id: `render.${r.id}`, label: `${r.id} render time`, skipped: `skipped: ${r.path} not implemented` });
      continue;
    }
    const time = async (u: string) => {
      const ts: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await (await fetch(u)).arrayBuffer();
        ts.push(performance.now() - t0);
      }
      return median(ts);
    };
    c.report.add({
      id: `render.${r.id}`,
      label: `${r.id} render time`,
      unit: "ms",
      value: await time(`${c.app.url}${r.path}`),
      baseline: await time(`${c.app.url}${c.statics[LOAD_LAYERS[0]!]}`),
      baselineLabel: "static file",
    });
  }
}
