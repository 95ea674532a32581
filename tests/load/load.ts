/**
 * `npm run test:load` (not part of `npm test`): concurrent keep-alive clients against `next start`
 * on loopback, in phases, each route group on its own and then the static-map PNG route saturated
 * while the others are measured beside it. Per route it prints req/s, p99, errors and RSS before
 * and after. Fails on any failed request (a 503 from the PNG route under saturation is its designed
 * back-pressure, counted apart; anywhere else it is a failure), on RSS (server and its PNG
 * renderers) settled more than 20% above its level after warm-up, and on other routes' p99 over
 * 1 s while PNGs saturate. Bounded in time, stops the server it started by PID, exits 1 on failure.
 * LOAD_SECONDS (per phase, default 15) and LOAD_WARMUP_SECONDS (default 15) shorten a run.
 */
import autocannon from "autocannon";
import { ensureBuild, startServer } from "../../scripts/bench/server";
import { formatBytes, percentile } from "../../lib/bench/stats";
import { treeRss } from "./process-rss";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);
const CONNECTIONS = 50;
const RSS_GROWTH_LIMIT = 0.2;
const P99_UNDER_SATURATION_MS = 1000;
// Past the longest wait in the render queue (8 s), the render after it and the PNG renderers'
// idle exit (STATIC_MAP_CHILD_IDLE_MS, 4 s), so their memory is returned.
const SETTLE_MS = 15_000;

type Request = { method: "GET"; path: string };
const get = (path: string): Request => ({ method: "GET", path });

const GROUPS: Record<string, Request[]> = {
  layers: ["/api/layers", "/api/layers/admin1", "/api/layers/countries", "/api/layers/events", "/api/layers/territorial-loss", "/api/layers/recruitment-hotspots", "/api/layers/allegiance-shifts"].map(get),
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
  const requests = o.distinctPng ? [{ method: "GET" as const, setupRequest: (r: autocannon.Request) => ({ ...r, path: `/api/static-map.png?width=${800 + (n++ % 3000)}&height=600` }) }] : o.requests;
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
  const total = percentile(xs.map((x) => x.total), 50);
  return xs.find((x) => x.total === total)!;
}

const rssText = (r: { total: number; server: number; children: number }) => `${formatBytes(r.total)} (server ${formatBytes(r.server)}, renderers ${formatBytes(r.children)})`;

type Row = { route: string; rps: number; p99: number; errors: number; busy: number; rssBefore: number; rssAfter: number };

function summarise(route: string, r: autocannon.Result, busyAllowed: boolean, rssBefore: number, rssAfter: number): Row {
  // autocannon counts non-2xx together; 503s are told apart by the status-code table.
  const busy = (r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats?.["503"]?.count ?? 0;
  const errors = r.errors + r.timeouts + r.non2xx - (busyAllowed ? busy : 0);
  return { route, rps: r.requests.average, p99: r.latency.p99, errors, busy: busyAllowed ? busy : 0, rssBefore, rssAfter };
}

async function main(): Promise<number> {
  log(`production build ${await ensureBuild(log)}`);
  const server = await startServer();
  const stop = () => server.stop();
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  const problems: string[] = [];
  const rows: Row[] = [];
  try {
    const pid = server.listenerPid();
    log(`next start on ${server.url}, serving PID ${pid}; RSS at start ${formatBytes(treeRss(pid).server)}`);
    const all = Object.values(GROUPS).flat();
    for (const { path } of all) {
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status} before any load`);
    }
    // The same mix as the phases measured after it (distinct PNGs included), so what it leaves
    // in memory (V8's heap grown to the load, the image cache filled) is the level to hold.
    log(`warm-up: ${CONNECTIONS} connections for ${WARMUP_SECONDS} s over every route, and as many on distinct PNGs`);
    await Promise.all([
      run(server.url, { connections: CONNECTIONS, seconds: WARMUP_SECONDS, requests: all }),
      run(server.url, { connections: CONNECTIONS, seconds: WARMUP_SECONDS, requests: [], distinctPng: true }),
    ]);
    await sleep(SETTLE_MS);
    const warm = await settledRss(pid);
    log(`after warm-up: RSS ${rssText(warm)}`);

    for (const [name, requests] of Object.entries(GROUPS)) {
      const before = treeRss(pid);
      const r = await run(server.url, { connections: CONNECTIONS, seconds: SECONDS, requests });
      const after = treeRss(pid);
      rows.push(summarise(name, r, false, before.server + before.children, after.server + after.children));
    }

    log(`static-map saturation: ${CONNECTIONS} connections on distinct PNGs, ${CONNECTIONS} on layers, view and the dashboard, ${SECONDS * 2} s`);
    const satBefore = treeRss(pid);
    const [png, others] = await Promise.all([
      run(server.url, { connections: CONNECTIONS, seconds: SECONDS * 2, requests: [], distinctPng: true }),
      run(server.url, { connections: CONNECTIONS, seconds: SECONDS * 2, requests: [...GROUPS.layers!, ...GROUPS.view!, ...GROUPS.dashboard!] }),
    ]);
    const satAfter = treeRss(pid);
    const satRows = [summarise("PNG, saturated", png, true, satBefore.server + satBefore.children, satAfter.server + satAfter.children), summarise("others beside it", others, false, satBefore.server + satBefore.children, satAfter.server + satAfter.children)];
    rows.push(...satRows);
    if (others.latency.p99 > P99_UNDER_SATURATION_MS) problems.push(`other routes' p99 ${others.latency.p99} ms while PNGs saturate (limit ${P99_UNDER_SATURATION_MS} ms)`);
    if (png.requests.total - satRows[0]!.busy === 0) problems.push("no PNG was drawn under saturation");

    await sleep(SETTLE_MS);
    const end = await settledRss(pid);

    log("route              req/s     p99 ms   errors   503 (busy)   RSS before → after");
    for (const x of rows) {
      log(`${x.route.padEnd(18)} ${x.rps.toFixed(0).padStart(6)} ${String(x.p99).padStart(9)} ${String(x.errors).padStart(8)} ${String(x.busy).padStart(12)}   ${formatBytes(x.rssBefore)} → ${formatBytes(x.rssAfter)}`);
      if (x.errors) problems.push(`${x.errors} failed requests on ${x.route}`);
    }
    const growth = end.total / warm.total - 1;
    log(`RSS after warm-up ${rssText(warm)}; settled at the end ${rssText(end)}: ${(growth * 100).toFixed(1)}%`);
    if (growth > RSS_GROWTH_LIMIT) problems.push(`RSS grew ${(growth * 100).toFixed(1)}% (limit ${RSS_GROWTH_LIMIT * 100}%)`);
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
