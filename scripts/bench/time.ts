import type { Page } from "@playwright/test";
import { median } from "../../lib/bench/stats";
import { monthsBetween } from "../../lib/view/date-range";
import { mapReadyAt, VIEWPORT } from "./browser";
import type { BenchContext } from "./context";
import { interleavedIdle } from "./navigation";

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

export async function timeFigures(c: BenchContext): Promise<void> {
  c.log("time: the dashboard with at= against the normal dashboard (5 cold runs each, interleaved)");
  const { runs, medians } = await interleavedIdle(c.browser, { dashboard: `${c.app.url}/`, at: `${c.app.url}/?at=${AT}` }, 5, c.log);
  c.report.add({ id: "time.at-idle", label: `dashboard idle with at=${AT}`, unit: "ms", value: medians.at!, baseline: medians.dashboard!, baselineLabel: "/", details: runs });

  const context = await c.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${c.app.url}/?at=${AT}`);
    await mapReadyAt(page);
    await page.getByTestId("play-forward").focus();
    const steps: number[] = [];
    for (let i = 0; i < STEPS; i++) steps.push(await stepOnce(page));
    c.log(`  manual steps: ${steps.map((s) => s.toFixed(0)).join(", ")} ms`);
    c.report.add({ id: "time.step", label: "playback step to settled map (median)", unit: "ms", value: median(steps), baseline: 1000, baselineLabel: "one step per second", budget: { max: 1 }, details: { steps } });

    // Frames while playing from AT back again, against the same page standing still as long.
    await page.goto(`${c.app.url}/?at=${AT}`);
    await mapReadyAt(page);
    await countFrames(page);
    const still0 = await page.evaluate(() => performance.now());
    await page.waitForTimeout(STEPS * 1000);
    const stillRate = (await frames(page)) / ((await page.evaluate(() => performance.now())) - still0);
    await countFrames(page);
    const play0 = await page.evaluate(() => performance.now());
    await page.getByTestId("play-toggle").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=play-toggle]")?.getAttribute("aria-pressed") === "false", undefined, { timeout: 120_000 });
    const playMs = (await page.evaluate(() => performance.now())) - play0;
    const played = (await page.getByTestId("play-step").textContent()) ?? "";
    const endAt = new URL(page.url()).searchParams.get("at") ?? AT;
    const stepsPlayed = Math.max(1, monthsBetween(AT, endAt).length - 1);
    const perStep = (await frames(page)) / stepsPlayed;
    c.log(`  playback of ${stepsPlayed} steps to "${played}" in ${playMs.toFixed(0)} ms: ${perStep.toFixed(1)} frames per step; still: ${(stillRate * 1000).toFixed(1)} frames/s`);
    c.report.add({ id: "time.frames-per-step", label: "frames per playback step against frames per second of the still dashboard", value: perStep, baseline: stillRate * 1000, baselineLabel: "still dashboard, frames per 1 s", details: { playMs, steps: stepsPlayed } });
  } finally {
    await context.close();
  }
}
