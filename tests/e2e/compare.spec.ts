import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The comparison as a person sees it; each map is looked up inside its own panel. */
const panel = (page: Page, i: number) => page.getByTestId(`compare-panel-${i}`);
const mapReady = (page: Page, i: number) => expect(page.getByTestId(`compare-map-${i}`)).toHaveAttribute("data-map-state", "ready", { timeout: 30_000 });
// The scale bar reads the camera (zoom and latitude): equal bars on equal-sized maps mean equal cameras.
// biome-ignore lint/performance/useDomNodeTextContent: the scale as drawn (rendered text) is what is compared.
const scale = (p: Locator) => p.locator(".maplibregl-ctrl-scale").innerText();

test.describe("comparing regions", () => {
  test("shows two maps, each framing its own region, whose cameras move together, and the table's rows", async ({ page }) => {
    await page.goto("/compare?regions=IRQ,SYR");
    await mapReady(page, 0);
    await mapReady(page, 1);
    await expect(panel(page, 0).getByTestId("countries-in-view")).toHaveAttribute("data-iso3", /IRQ/);
    const table = page.getByTestId("compare-table");
    for (const row of ["claims", "kind:territorial-loss", "actors", "shifts", "loss", "area", "provinces", "first", "last", "articles", "passages"])
      await expect(table.locator(`tr[data-row="${row}"]`)).toHaveCount(1);
    await expect(table.locator('tr[data-row="loss"]')).toContainText("60");

    const before = await scale(panel(page, 1));
    await panel(page, 0).getByRole("button", { name: "Zoom in" }).click();
    await expect(page).toHaveURL(/[?&]z=/);
    // The other panel zooms in too, relative to its own region (Syria is smaller than Iraq, so the
    // two scales need not be equal).
    await expect.poll(() => scale(panel(page, 1))).not.toBe(before);
    const z = new URL(page.url()).searchParams.get("z");

    // The camera in the URL opens both maps there.
    await page.reload();
    await mapReady(page, 1);
    expect(new URL(page.url()).searchParams.get("z")).toBe(z);
  });

  test("adds a region found by its Arabic name, and removes one", async ({ page }) => {
    await page.goto("/compare?regions=IRQ,SYR");
    await page.getByLabel("Add a region").fill("الساحل");
    await page.getByTestId("region-results").getByRole("button", { name: /Sahel/ }).click();
    await expect(page).toHaveURL(/regions=IRQ,SYR,sahel/);
    await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(4);
    await mapReady(page, 2);
    await page.getByRole("button", { name: /Remove this region: Iraq/ }).click();
    await expect(page).toHaveURL(/regions=SYR,sahel/);
  });

  test("swipes between two maps with a keyboard-operable divider", async ({ page }) => {
    await page.goto("/compare?regions=IRQ,SYR&mode=swipe");
    await mapReady(page, 0);
    await mapReady(page, 1);
    const divider = page.getByRole("slider", { name: "Divider between the two maps" });
    await divider.focus();
    await page.keyboard.press("End");
    await expect(panel(page, 1)).toHaveAttribute("style", /inset\(0(px)? 0(px)? 0(px)? 100%\)/);
    await page.keyboard.press("Home");
    await expect(panel(page, 1)).toHaveAttribute("style", /inset\(0(px)? 0(px)? 0(px)? 0%\)/);
  });

  test("swiped, each side is labelled with its region, the second on the right where it shows", async ({ page }) => {
    await page.goto("/compare?regions=IRQ,SYR&mode=swipe");
    await mapReady(page, 1);
    const swipe = (await page.getByTestId("swipe").boundingBox())!;
    const right = (await page.getByTestId("compare-label-1").boundingBox())!;
    expect(right.x).toBeGreaterThan(swipe.x + swipe.width / 2);
    await expect(page.getByTestId("compare-label-0")).toBeVisible();
  });

  test("three regions fill one row side by side, with no empty quarter", async ({ page }) => {
    await page.goto("/compare?regions=IRQ,SYR,YEM");
    await mapReady(page, 2);
    const tops = await Promise.all([0, 1, 2].map(async (i) => (await panel(page, i).boundingBox())!.y));
    expect(new Set(tops.map(Math.round)).size).toBe(1);
  });

  test("says what was wrong with a link and still shows what was valid", async ({ page }) => {
    await page.goto("/compare?regions=IRQ,FRA,%3Cb%3E");
    const issues = page.getByTestId("compare-issues");
    await expect(issues).toContainText('"FRA"');
    await expect(issues).toContainText("not a region code");
    await expect(issues).toContainText("at least 2");
    await mapReady(page, 0);
    await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(2);
  });
});
