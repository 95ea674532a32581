import { get as httpGet } from "node:http";
import type { Browser } from "@playwright/test";
import { formatBytes } from "../../lib/bench/stats";
import { mapReadyAt, type Target, targetUrl, targetViewport } from "./browser";
import type { BenchContext } from "./context";

export type Transfer = { bytes: number; requests: number; byKind: Record<string, number>; foreign: string[] };

type Seen = { url: string; type: string; bytes: number; done: boolean };

/** What a request is, for the breakdown: the budget is on the total. */
export function kindOf(url: string, type: string): string {
  const path = new URL(url).pathname;
  if (type === "Document") return "html";
  if (/\.(woff2?|ttf|otf)$/.test(path)) return "fonts";
  if (path.startsWith("/api/")) return "data";
  if (type === "Script" || /\.m?js$/.test(path)) return "js";
  if (type === "Stylesheet" || path.endsWith(".css")) return "css";
  return "other";
}

/**
 * Bytes received for one cold load until the map's first idle, as the browser got them
 * (headers + compressed bodies). Page requests come from CDP's encodedDataLength; MapLibre
 * fetches its GeoJSON from a worker, which the page's CDP session does not see, so those
 * come from Playwright's response sizes (Chromium's own counts for the worker target).
 */
export async function measureTransfer(browser: Browser, target: Target): Promise<Transfer> {
  const url = targetUrl(target);
  const context = await browser.newContext({ viewport: targetViewport(target) });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const fromPage = new Map<string, Seen>();
  const cdp = await context.newCDPSession(page);
  cdp.on("Network.requestWillBeSent", (e) => {
    if (!e.request.url.startsWith("data:")) fromPage.set(e.requestId, { url: e.request.url, type: e.type ?? "Other", bytes: 0, done: false });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = fromPage.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on("Network.loadingFailed", (e) => fromPage.delete(e.requestId));
  await cdp.send("Network.enable");
  const all: Promise<Seen>[] = [];
  const foreign: string[] = [];
  context.on("request", (req) => {
    if (!req.url().startsWith("data:") && !req.url().startsWith(origin)) foreign.push(req.url());
  });
  context.on("requestfinished", (req) => {
    all.push(req.sizes().then((s) => ({ url: req.url(), type: "Fetch", bytes: s.responseBodySize + s.responseHeadersSize, done: true })));
  });
  await page.goto(url);
  await mapReadyAt(page);
  // Requests already under way when the map went idle belong to this load: let them finish.
  for (let i = 0; i < 40 && [...fromPage.values()].some((r) => !r.done); i++) await page.waitForTimeout(50);
  const settled = await Promise.all(all);
  await context.close();

  const pageUrls = new Map<string, number>();
  for (const r of fromPage.values()) pageUrls.set(r.url, (pageUrls.get(r.url) ?? 0) + 1);
  const workerOnly = settled.filter((r) => {
    const n = pageUrls.get(r.url) ?? 0;
    if (n > 0) pageUrls.set(r.url, n - 1);
    return n === 0 && !r.url.startsWith("data:");
  });
  // A worker's own script is fetched for the page but finished in the worker's target, and
  // neither side reports its body: count it as the same server sends it to the same request.
  for (const r of fromPage.values()) {
    if (!r.done) Object.assign(r, { bytes: await wireBytes(r.url), done: true, type: `${r.type} (re-fetched)` });
  }
  const seen = [...fromPage.values(), ...workerOnly];
  const byKind: Record<string, number> = {};
  for (const r of seen) byKind[kindOf(r.url, r.type)] = (byKind[kindOf(r.url, r.type)] ?? 0) + r.bytes;
  return { bytes: seen.reduce((s, r) => s + r.bytes, 0), requests: seen.length, byKind, foreign };
}

async function medianTransfer(c: BenchContext, url: Target): Promise<Transfer> {
  const runs: Transfer[] = [];
  for (let i = 0; i < 3; i++) runs.push(await measureTransfer(c.browser, url));
  return runs.sort((a, b) => a.bytes - b.bytes)[1]!;
}

export async function transferFigures(c: BenchContext): Promise<void> {
  c.log("first-load transfer (3 cold loads each, median)");
  // The same map size for every page, as for navigation: fonts and labels follow what is in view.
  const viewport = await c.mapViewport();
  const dash = await medianTransfer(c, `${c.app.url}/`);
  const base = await medianTransfer(c, { url: `${c.app.url}/bench/baseline`, viewport });
  const plain = await medianTransfer(c, { url: `${c.plainUrl}/`, viewport });
  const kinds = (t: Transfer) =>
    Object.entries(t.byKind)
      .map(([k, v]) => `${k} ${formatBytes(v)}`)
      .join(", ");
  c.log(`  dashboard: ${dash.requests} requests (${kinds(dash)})`);
  c.log(`  baseline:  ${base.requests} requests (${kinds(base)})`);
  c.log(`  plain:     ${plain.requests} requests (${kinds(plain)})`);
  const foreign = [...dash.foreign, ...base.foreign];
  c.report.add({
    id: "transfer.dashboard",
    label: "first-load transfer of /",
    unit: "bytes",
    value: dash.bytes,
    baseline: base.bytes,
    baselineLabel: "/bench/baseline",
    budget: { max: 1.25 },
    details: { dashboard: dash, baseline: base },
    ...(foreign.length ? { pass: false, note: `requests to another origin: ${foreign.join(" ")}` } : {}),
  });
  c.report.add({
    id: "transfer.vs-plain",
    label: "first-load transfer of / against plain HTML + MapLibre",
    unit: "bytes",
    value: dash.bytes,
    baseline: plain.bytes,
    baselineLabel: "plain page",
    details: { plain },
  });
  c.report.add({
    id: "transfer.baseline-vs-plain",
    label: "framework cost: /bench/baseline against plain HTML + MapLibre",
    unit: "bytes",
    value: base.bytes,
    baseline: plain.bytes,
    baselineLabel: "plain page",
  });
}

/** Bytes of a response as sent (compressed, as Chromium asks), status line and headers included. */
export function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers: { "accept-encoding": "gzip, deflate, br, zstd", accept: "*/*" } }, (res) => {
      let n = 0;
      res.on("data", (d: Buffer) => (n += d.length));
      res.on("end", () => {
        const head = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n` + res.rawHeaders.map((h, i) => (i % 2 ? `${h}\r\n` : `${h}: `)).join("") + "\r\n";
        resolve(n + Buffer.byteLength(head));
      });
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}
