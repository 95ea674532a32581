import { PNG } from "pngjs";
import { expect, test, waitForMap } from "./fixtures";

const SEVEN = ["AFG", "DZA", "IRQ", "NER", "NGA", "SYR", "YEM"];

test("the dashboard draws the seven countries from the app's own data", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/");
  await waitForMap(page);
  // Read from the features MapLibre actually rendered, not from the data sent.
  await expect(page.getByTestId("countries-in-view")).toHaveAttribute("data-iso3", SEVEN.join(","));
  expect(errors).toEqual([]);
});

test("the rendered map is not blank", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const shot = PNG.sync.read(await page.getByTestId("atlas-map").screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < shot.data.length; i += 4 * 37) {
    colours.add((shot.data[i]! << 16) | (shot.data[i + 1]! << 8) | shot.data[i + 2]!);
  }
  // Sea, muted land, the seven countries, borders and labels: a blank canvas has one colour.
  expect(colours.size).toBeGreaterThan(20);
});

test("provinces appear when zooming in", async ({ page }) => {
  // No claim layers: a click would open a popup over the place being zoomed into.
  await page.goto("/?layers=none");
  await waitForMap(page);
  const map = page.getByTestId("atlas-map");
  // At the opening view the seven countries read as wholes: no province lines yet.
  await expect(map).toHaveAttribute("data-provinces-in-view", "0");
  // Double-clicking zooms in around the point clicked: Iraq, in the fixed 1280x800 viewport.
  const box = (await map.boundingBox())!;
  const iraq = { x: box.x + box.width * 0.62, y: box.y + box.height * 0.34 };
  for (let i = 0; i < 3; i++) {
    await page.mouse.dblclick(iraq.x, iraq.y);
    await page.waitForTimeout(400);
  }
  await expect(map).toHaveAttribute("data-provinces-in-view", /^[1-9]\d*$/, { timeout: 15_000 });
  await expect(page.getByTestId("countries-in-view")).toHaveAttribute("data-iso3", /IRQ/);
});

test("the bench's baseline page draws the dashboard's claim layers, or the base map alone with layers=none", async ({ page }) => {
  // The navigation and transfer budgets are ratios against this page: it must draw the same map.
  await page.goto("/");
  await waitForMap(page);
  const dashboard = page.getByTestId("atlas-map");
  const shaded = await dashboard.getAttribute("data-shaded");
  const points = await dashboard.getAttribute("data-points");
  expect(Number(shaded)).toBeGreaterThan(0);
  await page.goto("/bench/baseline");
  await waitForMap(page);
  await expect(page.getByTestId("atlas-map")).toHaveAttribute("data-shaded", shaded!);
  await expect(page.getByTestId("atlas-map")).toHaveAttribute("data-points", points!);
  await page.goto("/bench/baseline?layers=none");
  await waitForMap(page);
  await expect(page.getByTestId("atlas-map")).toHaveAttribute("data-shaded", "0");
});
