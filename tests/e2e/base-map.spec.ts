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

test("the layer list names the layers and their feature counts", async ({ page }) => {
  await page.goto("/");
  const list = page.getByTestId("layer-list");
  await expect(list.getByRole("link", { name: "Countries" })).toBeVisible();
  await expect(list).toContainText("7 features");
});

test("provinces appear when zooming in", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const map = page.getByTestId("atlas-map");
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await waitForMap(page);
  await expect(map).toHaveAttribute("data-provinces-in-view", /\d+/);
  const n = Number(await map.getAttribute("data-provinces-in-view"));
  expect(n).toBeGreaterThan(0);
});
