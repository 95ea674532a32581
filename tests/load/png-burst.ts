/**
 * `npx tsx tests/load/png-burst.ts`: RSS of the server (and of the PNG renderers it started)
 * before, during and after a burst of concurrent 4096×4096 PNG renders, the probe of issue 17
 * (20 at once took 306 MB to 4.3 GB, still 4.1 GB 30 s later). Prints the numbers and the
 * answers' statuses; exits 1 when RSS 30 s after the burst is more than 20% over its level before.
 * BURST (default 20) and AFTER_SECONDS (default 30) change the probe.
 */
import { ensureBuild, startServer } from "../../scripts/bench/server";
import { formatBytes } from "../../lib/bench/stats";
import { treeRss } from "./process-rss";

const BURST = Number(process.env.BURST ?? 20);
const AFTER_SECONDS = Number(process.env.AFTER_SECONDS ?? 30);
const log = (s: string) => process.stdout.write(`[png-burst] ${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const total = (pid: number) => {
  const r = treeRss(pid);
  return { ...r, total: r.server + r.children };
};
const text = (r: ReturnType<typeof total>) => `${formatBytes(r.total)} (server ${formatBytes(r.server)}, ${r.count} renderer(s) ${formatBytes(r.children)})`;

async function main(): Promise<number> {
  log(`production build ${await ensureBuild(log)}`);
  const server = await startServer();
  try {
    const pid = server.listenerPid();
    // Warm: one small render of every kind, so the baseline includes loaded code and fonts.
    for (const p of ["/", "/api/view", "/api/static-map.png?width=200&height=200"]) await (await fetch(server.url + p)).arrayBuffer();
    await sleep(6000);
    const before = total(pid);
    log(`before: ${text(before)}`);
    let peak = before.total;
    const sampler = setInterval(() => (peak = Math.max(peak, total(pid).total)), 200);
    const t0 = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: BURST }, (_, i) => fetch(`${server.url}/api/static-map.png?width=${4096 - i}&height=4096`).then(async (res) => (await res.arrayBuffer(), res.status))),
    );
    clearInterval(sampler);
    const counts = statuses.reduce<Record<number, number>>((m, s) => ((m[s] = (m[s] ?? 0) + 1), m), {});
    log(`burst of ${BURST} concurrent 4096×4096 PNGs in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}; peak sampled ${formatBytes(peak)}`);
    log(`right after: ${text(total(pid))}`);
    await sleep(AFTER_SECONDS * 1000);
    const after = total(pid);
    const growth = after.total / before.total - 1;
    log(`${AFTER_SECONDS} s later: ${text(after)}: ${(growth * 100).toFixed(1)}% over before`);
    return growth > 0.2 ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main()
  .then((code) => (process.exitCode = code))
  .catch((e) => {
    log(`failed: ${(e as Error).message}`);
    process.exitCode = 1;
  });
