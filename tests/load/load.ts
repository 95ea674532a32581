/**
 * `npm run test:load` (not part of `npm test`): concurrent keep-alive clients against `next start`
 * on loopback, in phases, each route group on its own and then the static-map PNG route saturated
 * while a probe measures the other API routes beside it. Per route it prints req/s, p99, errors and RSS before
 * and after. Fails on any failed request (a 503 from the PNG route under saturation is its designed
 * back-pressure, counted apart; anywhere else it is a failure), on RSS (server and its PNG
 * renderers) settled more than 20% above its level after warm-up, and on other routes' p99 over
 * 1 s while PNGs saturate. Bounded in time, stops the server it started by PID, exits 1 on failure.
 * The whole pass runs twice, the first as warm-up. LOAD_SECONDS (per phase, default 15) shortens a run.
 *
 * Then a large-corpus phase on a server of its own: the seed plus LOAD_ARTICLES (default 500)
 * synthetic articles written into a temp store (tests/load/synthetic-store.ts), where `/`,
 * `/articles` and `/api/articles` must serve CONNECTIONS clients with no timeout and no error
 * (issue 17: 5.3 req/s and 62-70 timeouts before the store). LOAD_PHASES=articles runs only it.
 */
import autocannon from "autocannon";
import { ensureBuild, startServer } from "../../scripts/bench/server";
import { formatBytes, percentile } from "../../lib/bench/stats";
import { treeRss } from "./process-rss";
import { syntheticStore } from "./synthetic-store";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 15);
const CONNECTIONS = 50;
const RSS_GROWTH_LIMIT = 0.2;
const P99_UNDER_SATURATION_MS = 1000;
// Clients measuring the other routes while PNGs saturate: a probe of latency, not a second flood.
const PROBE_CONNECTIONS = 10;
// Past the longest wait in the render queue (5 s), the render after it and the PNG renderers'
// idle exit (STATIC_MAP_CHILD_IDLE_MS, 4 s), so their memory is returned.
const SETTLE_MS = 15_000;
const ARTICLES = Number(process.env.LOAD_ARTICLES ?? 500);
const ONLY_ARTICLES = process.env.LOAD_PHASES === "articles";

type Request = { method: "GET"; path: string };
const get = (path: string): Request => ({ method: "GET", path });

const GROUPS: Record<string, Request[]> = {
  layers: [
    "/api/layers",
    "/api/layers/admin1",
    "/api/layers/countries",
    "/api/layers/events",
    "/api/layers/territorial-loss",
    "/api/layers/recruitment-hotspots",
    "/api/layers/allegiance-shifts",
  ].map(get),
  view: ["/api/view", "/api/view?country=IRQ", "/api/view?actor=isis&from=2015", "/api/view?kind=pledge"].map(get),
  dashboard: ["/", "/?country=SYR", "/articles", "/countries/irq"].map(get),
  // A handful of views: after the first round they come from the image cache.
  "static map": ["/api/static-map.png", "/api/static-map.png?width=600&height=400", "/api/static-map.png?country=IRQ", "/api/static-map.svg"].map(get),
};

const t0 = Date.now();
const log = (s: string) => process.stdout.write(`[load ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Opts = { connections: number; seconds: number; requests: Request[]; distinctPng?: boolean };

function run(url: string, o: Opts): Promise<autocannon.Result> {
  let n = 0;
  // Saturation: every PNG a size not asked before, so neither the cache nor a shared render absorbs it.
  const requests = o.distinctPng
    ? [{ method: "GET" as const, setupRequest: (r: autocannon.Request) => ({ ...r, path: `/api/static-map.png?width=${800 + (n++ % 3000)}&height=600` }) }]
    : o.requests;
  return new Promise((resolve, reject) => {
    const inst = autocannon({ url, connections: o.connections, duration: o.seconds, timeout: 10, requests }, (err, r) => (err ? reject(err) : resolve(r)));
    const guard = setTimeout(() => inst.stop(), (o.seconds + 30) * 1000);
    inst.on("done", () => clearTimeout(guard));
  });
}

/** RSS swings by tens of MB with each GC: the median of a few samples once load stops. */
async function settledRss(pid: number): Promise<{ total: number; server: number; children: number }> {
  const xs: { total: number; server: number; children: number }[] = [];
  for (let i = 0; i < 5; i++) {
    await sleep(400);
    const r = treeRss(pid);
    xs.push({ total: r.server + r.children, server: r.server, children: r.children });
  }
  const total = percentile(
    xs.map((x) => x.total),
    50,
  );
  return xs.find((x) => x.total === total)!;
}

const rssText = (r: { total: number; server: number; children: number }) => `${formatBytes(r.total)} (server ${formatBytes(r.server)}, renderers ${formatBytes(r.children)})`;

type Row = { route: string; rps: number; p99: number; errors: number; busy: number; rssBefore: number; rssAfter: number };

function summarise(route: string, r: autocannon.Result, busyAllowed: boolean, rssBefore: number, rssAfter: number): Row {
  // autocannon counts non-2xx together; 503s are told apart by the status-code table.
  const busy = (r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats?.["503"]?.count ?? 0;
  // autocannon counts a timeout in `errors` as well as in `timeouts`: added once, not twice.
  const errors = r.errors + r.non2xx - (busyAllowed ? busy : 0);
  if (errors) log(`  ${route}: ${r.errors} socket errors (${r.timeouts} of them timeouts), ${r.non2xx - (busyAllowed ? busy : 0)} non-2xx${busyAllowed ? " besides 503" : ""}`);
  return { route, rps: r.requests.average, p99: r.latency.p99, errors, busy: busyAllowed ? busy : 0, rssBefore, rssAfter };
}

/**
 * Every route group alone at CONNECTIONS clients, then PNGs of distinct sizes saturated at
 * CONNECTIONS clients while a light probe (PROBE_CONNECTIONS on layers and view) measures how
 * the rest of the server answers beside them.
 */
async function pass(url: string, pid: number, rows: Row[]): Promise<{ probeP99: number; drawn: boolean }> {
  for (const [name, requests] of Object.entries(GROUPS)) {
    const before = treeRss(pid);
    const r = await run(url, { connections: CONNECTIONS, seconds: SECONDS, requests });
    const after = treeRss(pid);
    rows.push(summarise(name, r, false, before.server + before.children, after.server + after.children));
  }
  log(`static-map saturation: ${CONNECTIONS} connections on distinct PNGs, ${PROBE_CONNECTIONS} on layers and view beside them, ${SECONDS * 2} s`);
  const before = treeRss(pid);
  const [png, probe] = await Promise.all([
    run(url, { connections: CONNECTIONS, seconds: SECONDS * 2, requests: [], distinctPng: true }),
    run(url, { connections: PROBE_CONNECTIONS, seconds: SECONDS * 2, requests: [...GROUPS.layers!, ...GROUPS.view!] }),
  ]);
  const after = treeRss(pid);
  const pngRow = summarise("PNG, saturated", png, true, before.server + before.children, after.server + after.children);
  rows.push(pngRow, summarise("layers+view beside", probe, false, before.server + before.children, after.server + after.children));
  return { probeP99: probe.latency.p99, drawn: png.requests.total > pngRow.busy };
}

/** Waits (up to a minute) until the server answers a small request within 200 ms: its backlog is gone. */
async function drained(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t = Date.now();
    await (await fetch(url + "/api/layers")).arrayBuffer();
    if (Date.now() - t < 200) return;
    await sleep(500);
  }
}

/**
 * The listing routes over a corpus of ARTICLES more, each on its own: a short unmeasured round
 * to warm the corpus cache and V8, then a measured one. Timeouts are reported apart: they are
 * what the issue saw.
 */
async function articlesPhase(problems: string[]): Promise<void> {
  const started = Date.now();
  const dir = await syntheticStore(ARTICLES);
  log(`large corpus: the seed plus ${ARTICLES} synthetic articles written to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const server = await startServer({ ATLAS_DATA_DIR: dir });
  try {
    const pid = server.listenerPid();
    // The dashboard last: requests abandoned at the end of a run are still rendered by the
    // server, and a slow route's backlog would otherwise be charged to the route after it.
    const requests = ["/api/articles", "/articles", "/"].map(get);
    for (const { path } of requests) {
      const res = await fetch(server.url + path);
      const bytes = (await res.arrayBuffer()).byteLength;
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status} on the large corpus before any load`);
      log(`  ${path}: ${formatBytes(bytes)}`);
    }
    // Each route alone, so a slow one is named rather than hidden in the others' average.
    for (const req of requests) {
      await drained(server.url);
      await run(server.url, { connections: CONNECTIONS, seconds: Math.min(5, SECONDS), requests: [req] });
      const before = treeRss(pid);
      await drained(server.url);
      const r = await run(server.url, { connections: CONNECTIONS, seconds: SECONDS, requests: [req] });
      const after = treeRss(pid);
      const row = summarise(`${ARTICLES} articles ${req.path}`, r, false, before.server + before.children, after.server + after.children);
      log(
        `${row.route}: ${row.rps.toFixed(1)} req/s, p99 ${row.p99} ms, ${r.timeouts} timeouts, ${row.errors} failed requests, RSS ${formatBytes(row.rssBefore)} → ${formatBytes(row.rssAfter)}`,
      );
      if (r.timeouts) problems.push(`${r.timeouts} timeouts on ${row.route}`);
      if (row.errors) problems.push(`${row.errors} failed requests on ${row.route}`);
    }
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  log(`production build ${await ensureBuild(log)}`);
  if (ONLY_ARTICLES) {
    const problems: string[] = [];
    await articlesPhase(problems);
    log(problems.length ? `FAIL: ${problems.join("; ")}` : "pass: the listing routes served the large corpus with no timeout or error");
    return problems.length ? 1 : 0;
  }
  const server = await startServer();
  const stop = () => server.stop();
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  const problems: string[] = [];
  const rows: Row[] = [];
  try {
    const pid = server.listenerPid();
    log(`next start on ${server.url}, serving PID ${pid}; RSS at start ${formatBytes(treeRss(pid).server)}`);
    for (const { path } of Object.values(GROUPS).flat()) {
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status} before any load`);
    }
    // Leaks show as growth from one identical pass to the next: the first pass grows V8's heap to
    // the load and fills the image cache, and is the level the second must hold.
    log(`warm-up: one unmeasured pass of every phase (${SECONDS} s each)`);
    await pass(server.url, pid, []);
    await sleep(SETTLE_MS);
    const warm = await settledRss(pid);
    log(`after warm-up: RSS ${rssText(warm)}`);
    const saturation = await pass(server.url, pid, rows);
    if (saturation.probeP99 > P99_UNDER_SATURATION_MS) problems.push(`layers and view p99 ${saturation.probeP99} ms while PNGs saturate (limit ${P99_UNDER_SATURATION_MS} ms)`);
    if (!saturation.drawn) problems.push("no PNG was drawn under saturation");

    await sleep(SETTLE_MS);
    const end = await settledRss(pid);

    log("route              req/s     p99 ms   errors   503 (busy)   RSS before → after");
    for (const x of rows) {
      log(
        `${x.route.padEnd(18)} ${x.rps.toFixed(0).padStart(6)} ${String(x.p99).padStart(9)} ${String(x.errors).padStart(8)} ${String(x.busy).padStart(12)}   ${formatBytes(x.rssBefore)} → ${formatBytes(x.rssAfter)}`,
      );
      if (x.errors) problems.push(`${x.errors} failed requests on ${x.route}`);
    }
    const growth = end.total / warm.total - 1;
    log(`RSS after warm-up ${rssText(warm)}; settled at the end ${rssText(end)}: ${(growth * 100).toFixed(1)}%`);
    if (growth > RSS_GROWTH_LIMIT) problems.push(`RSS grew ${(growth * 100).toFixed(1)}% (limit ${RSS_GROWTH_LIMIT * 100}%)`);
    await stop();
    await articlesPhase(problems);
    log(problems.length ? `FAIL: ${problems.join("; ")}` : "pass: no errors, other routes responsive under PNG saturation, RSS returned");
    return problems.length ? 1 : 0;
  } finally {
    await stop();
  }
}

main()
  .then((code) => (process.exitCode = code))
  .catch((e) => {
    log(`failed: ${(e as Error).message}`);
    process.exitCode = 1;
  });
