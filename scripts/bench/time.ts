import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { median } from "../../lib/bench/stats";
import { monthsBetween } from "../../lib/view/date-range";
import { mapReadyAt, VIEWPORT } from "./browser";
import type { BenchContext } from "./context";
import { interleavedIdle } from "./navigation";
import { SCALE } from "./scale-corpus";
import { ROOT, startServer } from "./server";

const run = promisify(execFile);

/**
 * Time figures (issue 16 §3): the dashboard's idle time with `at=` against the normal dashboard,
 * and playback: how long a step takes to settle (data fetched, map redrawn) against the
 * one-second step it must keep up with, and the frames drawn per step while playing against the
 * frames the normal dashboard draws in the same time when nothing moves (a janky step drops frames).
 */
const STEPS = 6;
const AT = "2017-06";

/** Counts animation frames in the page from now on; read with `framesSince`. */
async function countFrames(page: Page): Promise<void> {
  // A string, not a function: tsx wraps named inner functions in a helper the page does not have.
  // One counting loop per page, however often the count is reset.
  await page.evaluate("window.__frames = 0; if (!window.__counting) { window.__counting = true; (function tick() { window.__frames++; requestAnimationFrame(tick); })(); }");
}
const frames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: number }).__frames);

/** One step forward by the keyboard, until the view's data has arrived and two frames are drawn. */
async function stepOnce(page: Page): Promise<number> {
  const before = await page.getByTestId("play-step").textContent();
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press("ArrowRight");
  const handle = await page.waitForFunction(
    (prev) => {
      const said = document.querySelector("[data-testid=play-step]")?.textContent;
      const busy = document.querySelector("#map")?.getAttribute("aria-busy") === "true";
      return said !== prev && !busy ? new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))) : null;
    },
    before,
    { polling: "raf", timeout: 60_000 },
  );
  return ((await handle.jsonValue()) as number) - t0;
}

/** Step time and frames per step of playback on one server; `tag` names the store in the figures' ids. */
async function playFigures(c: BenchContext, url: string, tag: string, what: string): Promise<void> {
  const context = await c.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // A cold as-of page over 200,000 claims can take longer than Playwright's 30 s default.
    page.setDefaultNavigationTimeout(300_000);
    await page.goto(`${url}/?at=${AT}`);
    await mapReadyAt(page, 120_000);
    // Long tasks (main thread busy over 50 ms) per step: where a slow step's time goes.
    await page.evaluate(
      "window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });",
    );
    await page.getByTestId("play-forward").focus();
    const steps: number[] = [];
    const blocked: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      steps.push(await stepOnce(page));
      blocked.push((await page.evaluate("window.__long.splice(0).reduce((a, b) => a + b, 0)")) as number);
    }
    c.log(`  ${what}: manual steps ${steps.map((s) => s.toFixed(0)).join(", ")} ms; main thread blocked (long tasks) ${blocked.join(", ")} ms`);
    c.report.add({
      id: `time.step${tag}`,
      label: `playback step to settled map (median), ${what}`,
      unit: "ms",
      value: median(steps),
      baseline: 1000,
      baselineLabel: "one step per second",
      budget: { max: 1 },
      details: { steps, blocked },
    });

    // Frames while playing from AT to the end, against the same page standing still as long.
    await page.goto(`${url}/?at=${AT}`);
    await mapReadyAt(page, 120_000);
    await countFrames(page);
    const still0 = await page.evaluate(() => performance.now());
    await page.waitForTimeout(STEPS * 1000);
    const stillRate = (await frames(page)) / ((await page.evaluate(() => performance.now())) - still0);
    await countFrames(page);
    const play0 = await page.evaluate(() => performance.now());
    await page.getByTestId("play-toggle").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=play-toggle]")?.getAttribute("aria-pressed") === "false", undefined, { timeout: 300_000 });
    const playMs = (await page.evaluate(() => performance.now())) - play0;
    const played = (await page.getByTestId("play-step").textContent()) ?? "";
    const endAt = new URL(page.url()).searchParams.get("at") ?? AT;
    // Steps are months, or years past six years of timeline: count the steps the control took.
    const stepsPlayed = Math.max(1, Number((await page.getByTestId("play-control").getAttribute("data-steps-played")) ?? monthsBetween(AT, endAt).length - 1));
    const perStep = (await frames(page)) / stepsPlayed;
    c.log(
      `  ${what}: playback of ${stepsPlayed} steps to "${played}" in ${playMs.toFixed(0)} ms (${(playMs / stepsPlayed).toFixed(0)} ms a step): ${perStep.toFixed(1)} frames per step; still: ${(stillRate * 1000).toFixed(1)} frames/s`,
    );
    c.report.add({
      id: `time.frames-per-step${tag}`,
      label: `frames per playback step against frames per second of the still dashboard, ${what}`,
      value: perStep,
      baseline: stillRate * 1000,
      baselineLabel: "still dashboard, frames per 1 s",
      details: { playMs, steps: stepsPlayed },
    });
  } finally {
    await context.close();
  }
}

/** Writes the scale bench's 200,000-claim store (scripts/bench/scale-child.ts) into `dir`. */
async function writeScaleStore(dir: string): Promise<void> {
  await run(process.execPath, ["--import", "tsx", path.join(__dirname, "scale-child.ts"), "generate", dir], { cwd: ROOT, timeout: 900_000, maxBuffer: 1 << 20 });
}

export async function timeFigures(c: BenchContext): Promise<void> {
  c.log("time: the dashboard with at= against the normal dashboard (5 cold runs each, interleaved)");
  const { runs, medians } = await interleavedIdle(c.browser, { dashboard: `${c.app.url}/`, at: `${c.app.url}/?at=${AT}` }, 5, c.log);
  c.report.add({ id: "time.at-idle", label: `dashboard idle with at=${AT}`, unit: "ms", value: medians.at!, baseline: medians.dashboard!, baselineLabel: "/", details: runs });
  await playFigures(c, c.app.url, "", "seed corpus");

  // Issue 16: playback must keep one step a second at 200,000 claims (BENCH_TIME_SCALE=none skips it).
  if (process.env.BENCH_TIME_SCALE === "none") return;
  // BENCH_TIME_STORE: a 200k store written before (scale-child.ts generate <dir>), used and kept,
  // so that measuring playback again does not write 200,000 claims again.
  const kept = process.env.BENCH_TIME_STORE;
  const root = kept ? null : mkdtempSync(path.join(tmpdir(), "atlas-time-"));
  try {
    const dir = kept ?? path.join(root!, "big");
    if (!kept) {
      c.log(`time: writing ${SCALE.claims.toLocaleString("en")} claims into ${dir}`);
      await writeScaleStore(dir);
    }
    const big = await startServer({ ATLAS_DATA_DIR: dir, ATLAS_SEED_DIR: "none" }, "/api/view");
    try {
      // The server's first as-of page (its model cut at AT) and the series playback asks for, cold.
      for (const [id, path_, label] of [
        ["time.at-html.200k", `/?at=${AT}`, `dashboard HTML with at=${AT}`],
        ["time.series.200k", "/api/view/series", "the view's series (/api/view/series)"],
      ] as const) {
        const t0 = performance.now();
        const res = await fetch(`${big.url}${path_}`, { headers: { "Accept-Encoding": "gzip" } });
        const bytes = (await res.arrayBuffer()).byteLength;
        const ms = performance.now() - t0;
        c.log(`  ${label}: ${res.status} in ${ms.toFixed(0)} ms, ${bytes} bytes`);
        c.report.add({ id, label: `${label}, cold, ${SCALE.claims} claims`, unit: "ms", value: ms, note: `${res.status}, ${bytes} bytes uncompressed` });
      }
      try {
        const idle = await interleavedIdle(c.browser, { dashboard: `${big.url}/`, at: `${big.url}/?at=${AT}` }, 3, c.log, 120_000);
        c.report.add({
          id: "time.at-idle.200k",
          label: `dashboard idle with at=${AT}, ${SCALE.claims} claims`,
          unit: "ms",
          value: idle.medians.at!,
          baseline: idle.medians.dashboard!,
          baselineLabel: "/ (same store)",
          details: idle.runs,
        });
      } catch (e) {
        c.report.add({ id: "time.at-idle.200k", label: "time.at-idle.200k", pass: false, note: `failed: ${(e as Error).message.split("\n")[0]}` });
      }
      await playFigures(c, big.url, ".200k", `${SCALE.claims} claims`);
    } finally {
      await big.stop();
    }
  } finally {
    if (root) rmSync(root, { recursive: true, force: true });
  }
}
