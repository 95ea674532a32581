import { test as base, expect, type Page, type Request } from "@playwright/test";

/**
 * Every browser test records the requests its page makes; any that leaves the app's own
 * origin fails the test. This is the offline rule, checked on every page a test visits.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const check = (req: Request) => {
        const url = req.url();
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      };
      page.on("request", check);
      page.on("websocket", (ws) => foreign.push(ws.url()));
      await use(foreign);
      expect(foreign, "requests to another origin").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the map has loaded its layers and settled (MapLibre's `idle`). */
export async function waitForMap(page: Page) {
  await expect(page.getByTestId("atlas-map")).toHaveAttribute("data-map-state", "ready", { timeout: 30_000 });
}
