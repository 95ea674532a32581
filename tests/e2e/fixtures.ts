import { test as base, expect, type Page, type Request } from "@playwright/test";

/**
 * Every browser test records the requests its page makes; any that leaves the app's own
 * origin fails the test. This is the offline rule, checked on every page a test visits.
 */
export const test = base.extend<{ foreignRequests: string[]; hostOrigins: string[] }>({
  /** Origins a test serves itself with page.route (a pretend host page for an embed): never the network. */
  hostOrigins: [[], { option: true }],
  foreignRequests: [
    async ({ page, baseURL, hostOrigins }, use) => {
      const allowed = new Set([new URL(baseURL!).origin, ...hostOrigins]);
      const foreign: string[] = [];
      const check = (req: Request) => {
        const url = req.url();
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("chrome-error:")) return;
        if (!allowed.has(new URL(url).origin)) foreign.push(url);
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
