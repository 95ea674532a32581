import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { Page } from "@playwright/test";
import { expect, test, waitForMap } from "./fixtures";

// A pretend third-party site: a page served from another loopback port (so another origin),
// the way a report on someone's server would frame the embed. A real server, because Chrome's
// local-network checks treat a page.route response as public and refuse to let it frame
// 127.0.0.1, which would hide what the app's own frame-ancestors policy decides.
const HOST_PORT = Number(process.env.E2E_PORT ?? 3210) + 1;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
let host: Server;
let body = "";

test.beforeAll(async () => {
  host = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(`<!doctype html><html><body style="margin:0">${body}</body></html>`));
  host.listen(HOST_PORT, "127.0.0.1");
  await once(host, "listening");
});
test.afterAll(() => host.close());
test.use({ hostOrigins: [HOST] });

async function hostPage(page: Page, html: string) {
  body = html;
  await page.goto(`${HOST}/report.html`);
}

test("the Share dialog's iframe snippet, pasted into another site's page, shows the same view", async ({ page, baseURL }) => {
  await page.goto("/?kind=recruitment&lang=ar");
  await waitForMap(page);
  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("share-link")).toHaveValue(`${baseURL}/?kind=recruitment&lang=ar`);
  const snippet = await dialog.getByTestId("share-iframe").inputValue();
  expect(snippet).toContain(`${baseURL}/embed?kind=recruitment&amp;lang=ar`);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await hostPage(page, `<h1>A report</h1><div style="width:720px">${snippet}</div>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("atlas-map")).toHaveAttribute("data-map-state", "ready", { timeout: 30_000 });
  await expect(frame.getByTestId("countries-in-view")).toHaveAttribute("data-iso3", /IRQ.*SYR/);
  await expect(frame.locator("[dir=rtl]").first()).toBeVisible();
  await expect(frame.getByTestId("embed-full-view")).toHaveAttribute("href", "/?kind=recruitment&lang=ar");
});

test("the embed stays usable in a 300x200 frame", async ({ page, baseURL }) => {
  await hostPage(page, `<iframe src="${baseURL}/embed" width="300" height="200" style="border:0"></iframe>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("atlas-map")).toHaveAttribute("data-map-state", "ready", { timeout: 30_000 });
  // The legend folds away at this size but opens on demand; zoom controls stay reachable.
  await expect(frame.getByTestId("embed-legend")).not.toHaveAttribute("open", "");
  await frame.getByTestId("embed-legend").locator("summary").click();
  await expect(frame.getByTestId("embed-legend")).toHaveAttribute("open", "");
  await expect(frame.getByRole("button", { name: "Zoom in" })).toBeInViewport();
});

test("other pages refuse to be framed by another site", async ({ page, baseURL }) => {
  await hostPage(page, `<iframe id="dash" src="${baseURL}/" width="600" height="400"></iframe>`);
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#dash").getByTestId("atlas-map")).toHaveCount(0);
});

test("the embed itself has no site chrome and links back to the full view", async ({ page }) => {
  await page.goto("/embed?layers=activity");
  await waitForMap(page);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByTestId("embed-legend")).toContainText("Activity by country");
  await expect(page.getByTestId("embed-full-view")).toHaveAttribute("href", "/?layers=activity");
});

test("a country page shares its own address and embeds the country's claims", async ({ page, baseURL }) => {
  await page.goto("/countries/syr?lang=ar");
  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog.getByTestId("share-link")).toHaveValue(`${baseURL}/countries/syr?lang=ar`);
  await expect(dialog.getByTestId("share-iframe")).toHaveValue(/\/embed\?country=SYR&amp;lang=ar/);
});
