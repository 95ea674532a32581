import type { Browser } from "@playwright/test";
import { median } from "../../lib/bench/stats";
import { mapReadyAt, type Target, targetUrl, targetViewport } from "./browser";
import type { BenchContext } from "./context";

/** One cold navigation (fresh context: empty cache, no service worker) to the map's first idle. */
export async function timeToIdle(browser: Browser, target: Target, onRequest?: (url: string) => void, timeout = 60_000): Promise<number> {
  const context = await browser.newContext({ viewport: targetViewport(target) });
  try {
    const page = await context.newPage();
    if (onRequest) context.on("request", (r) => onRequest(r.url()));
    await page.goto(targetUrl(target));
    return await mapReadyAt(page, timeout);
  } finally {
    await context.close();
  }
}

export type Runs = Record<string, number[]>;

/**
 * Cold runs of several pages, interleaved (A B C A B C ...) so a slow patch of the shared
 * machine hits every page alike; one unmeasured warm-up each first fills the server's caches.
 */
export async function interleavedIdle(
  browser: Browser,
  urls: Record<string, Target>,
  runs: number,
  log: (s: string) => void,
  timeout = 60_000,
): Promise<{ runs: Runs; medians: Record<string, number> }> {
  const out: Runs = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  // The warm-up may wait for the server's first build of every layer (minutes on the scale store).
  for (const url of Object.values(urls)) await timeToIdle(browser, url, undefined, timeout * 5);
  for (let i = 0; i < runs; i++) {
    const line: string[] = [];
    for (const [name, url] of Object.entries(urls)) {
      const ms = await timeToIdle(browser, url, undefined, timeout);
      out[name]!.push(ms);
      line.push(`${name} ${ms.toFixed(0)} ms`);
    }
    log(`  run ${i + 1}/${runs}: ${line.join(", ")}`);
  }
  return { runs: out, medians: Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)])) };
}

export async function navigationFigures(c: BenchContext, runs = 7): Promise<void> {
  c.log(`navigation to the map's first idle (${runs} cold runs each, interleaved, median)`);
  const viewport = await c.mapViewport();
  c.log(`  the dashboard's map is ${viewport.width}x${viewport.height}: the other pages are opened at that size`);
  const at = (url: string) => ({ url, viewport });
  const pages = { dashboard: `${c.app.url}/`, baseline: at(`${c.app.url}/bench/baseline`), basemap: at(`${c.app.url}/bench/baseline?layers=none`), plain: at(`${c.plainUrl}/`) };
  const { runs: all, medians } = await interleavedIdle(c.browser, pages, runs, c.log);
  c.report.add({
    id: "navigation.dashboard",
    label: "navigation to idle of /",
    unit: "ms",
    value: medians.dashboard!,
    baseline: medians.baseline!,
    baselineLabel: "/bench/baseline",
    budget: { max: 1.2 },
    details: all,
  });
  // What the claim layers cost MapLibre itself, for reading the budgeted figure: not budgeted.
  c.report.add({
    id: "navigation.vs-basemap",
    label: "navigation to idle of / against the base map alone",
    unit: "ms",
    value: medians.dashboard!,
    baseline: medians.basemap!,
    baselineLabel: "/bench/baseline?layers=none",
  });
  c.report.add({
    id: "navigation.vs-plain",
    label: "navigation to idle of / against plain HTML + MapLibre",
    unit: "ms",
    value: medians.dashboard!,
    baseline: medians.plain!,
    baselineLabel: "plain page",
  });
}
