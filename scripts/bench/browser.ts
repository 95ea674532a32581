import { type Browser, chromium, type Page } from "@playwright/test";

/** Debian's Chromium with the flags that keep it from reaching out on a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"],
  });
}

export type Viewport = { width: number; height: number };
export const VIEWPORT: Viewport = { width: 1280, height: 800 };

/** A page to load, and the window to load it in (default VIEWPORT). */
export type Target = string | { url: string; viewport: Viewport };
export const targetUrl = (t: Target) => (typeof t === "string" ? t : t.url);
export const targetViewport = (t: Target) => (typeof t === "string" ? VIEWPORT : t.viewport);

/**
 * The size of the dashboard's map in a VIEWPORT window (its panels take the rest). The minimal
 * pages fill their window, so the bench opens them at this size: every page then draws the same
 * number of pixels at the same zoom. Software GL's cost per frame grows with the pixels, and a
 * full-window baseline drew 1.85x as many as the dashboard's map.
 */
export async function mapSizeOf(browser: Browser, url: string): Promise<Viewport> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await mapReadyAt(page);
    const box = await page.getByTestId("atlas-map").boundingBox();
    if (!box) throw new Error(`no map on ${url}`);
    return { width: Math.round(box.width), height: Math.round(box.height) };
  } finally {
    await context.close();
  }
}

/**
 * Resolves with performance.now() (ms since the navigation started, in the page's own clock)
 * at the first frame where the map reports its first idle; rejects if it reports an error.
 */
export async function mapReadyAt(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.querySelector("[data-testid=atlas-map]")?.getAttribute("data-map-state");
      if (state === "error") return -1;
      return state === "ready" ? performance.now() : null;
    },
    undefined,
    { polling: "raf", timeout },
  );
  const t = (await handle.jsonValue()) as number;
  if (t < 0) throw new Error(`the map on ${page.url()} reported an error`);
  return t;
}
