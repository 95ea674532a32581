/**
 * `npm run test:load` (not part of `npm test`): 50 concurrent keep-alive clients on the layer
 * and article routes for 60 s against `next start` on loopback. Passes when no request failed
 * and the server's RSS at the end is within 20% of its RSS after a warm-up (a leak grows it).
 * Bounded in time, stops the server it started by PID, exits 1 on failure.
 */
import autocannon from "autocannon";
import { ensureBuild, rssBytes, startServer } from "../../scripts/bench/server";
import { formatBytes, percentile } from "../../lib/bench/stats";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 20);
const CONNECTIONS = 50;
const RSS_GROWTH_LIMIT = 0.2;

// Each connection cycles through these. The static map joins here when its route exists.
const ROUTES = [
  "/api/layers",
  "/api/layers/admin1",
  "/api/layers/countries",
  "/api/layers/events",
  "/api/layers/territorial-loss",
  "/api/layers/recruitment-hotspots",
  "/api/layers/allegiance-shifts",
  "/api/articles",
  "/api/articles/000_40a8f3811f703089",
];

const t0 = Date.now();
const log = (s: string) => process.stdout.write(`[load ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${s}\n`);

function run(url: string, seconds: number, onTick?: () => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const inst = autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 10, requests: ROUTES.map((path) => ({ method: "GET", path })) }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
    const tick = setInterval(() => onTick?.(), 5000);
    const guard = setTimeout(() => inst.stop(), (seconds + 30) * 1000);
    inst.on("done", () => (clearInterval(tick), clearTimeout(guard)));
  });
}

/** RSS swings by tens of MB with each GC: take the median of a few samples once load stops. */
async function settledRss(pid: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 400));
    xs.push(rssBytes(pid));
  }
  return percentile(xs, 50);
}

async function main(): Promise<number> {
  log(`production build ${await ensureBuild(log)}`);
  const server = await startServer();
  const stop = () => server.stop();
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  try {
    const pid = server.listenerPid();
    log(`next start on ${server.url}, serving PID ${pid}; RSS at start ${formatBytes(rssBytes(pid))}`);
    for (const path of ROUTES) {
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status} before any load`);
    }
    log(`warm-up: ${CONNECTIONS} connections for ${WARMUP_SECONDS} s over ${ROUTES.length} routes`);
    const warm = await run(server.url, WARMUP_SECONDS);
    const rssWarm = await settledRss(pid);
    log(`after warm-up: ${warm.requests.total} requests, RSS ${formatBytes(rssWarm)}`);

    log(`load: ${CONNECTIONS} connections for ${SECONDS} s`);
    const samples: number[] = [];
    const r = await run(server.url, SECONDS, () => {
      samples.push(rssBytes(pid));
      log(`  RSS ${formatBytes(samples.at(-1)!)}`);
    });
    const rssEnd = await settledRss(pid);
    const failures = r.errors + r.timeouts + r.non2xx;
    const growth = rssEnd / rssWarm - 1;
    log(`requests ${r.requests.total} (${r.requests.average.toFixed(0)} req/s average), latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`);
    log(`errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`);
    log(`RSS after warm-up ${formatBytes(rssWarm)}, at the end ${formatBytes(rssEnd)} (${(growth * 100).toFixed(1)}%), peak sampled ${formatBytes(Math.max(rssEnd, ...samples))}, p50 sampled ${samples.length ? formatBytes(percentile(samples, 50)) : "-"}`);
    const problems = [
      ...(failures ? [`${failures} failed requests`] : []),
      ...(growth > RSS_GROWTH_LIMIT ? [`RSS grew ${(growth * 100).toFixed(1)}% (limit ${RSS_GROWTH_LIMIT * 100}%)`] : []),
      ...(r.requests.total === 0 ? ["no request completed"] : []),
    ];
    log(problems.length ? `FAIL: ${problems.join("; ")}` : "pass: no errors, RSS stable");
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
