import { type Browser, chromium, type Page } from "@playwright/test";

/** Debian's Chromium with the flags that keep it from reaching out on a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"],
  });
}

export const VIEWPORT = { width: 1280, height: 800 };

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
