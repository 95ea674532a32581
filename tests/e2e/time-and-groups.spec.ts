import { seriousViolations } from "../support/axe";
import { expect, test, waitForMap } from "./fixtures";

// The new pages and the play control, checked as accessibility.spec.ts checks the others.
for (const { path, map } of [
  { path: "/groups", map: false },
  { path: "/groups/isis?lang=ar", map: false },
  { path: "/groups/boko-haram", map: false },
  { path: "/?at=2017-06&play=window&layers=control-changes,territorial-loss", map: true },
  { path: "/countries/irq?lang=ar&at=2017-06", map: true },
  { path: "/?shade=sources", map: true },
]) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    if (map) await waitForMap(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe("playing the timeline", () => {
  test("plays from a month to the end with the keyboard, the map changing on the way, and stops there", async ({ page }) => {
    await page.goto("/?at=2017-06");
    await waitForMap(page);
    const map = page.getByTestId("atlas-map");
    const count = page.getByTestId("claims-count");
    const step = page.getByTestId("play-step");
    await expect(step).toHaveText("as of June 2017");
    const seen = new Set<string>([`${await count.textContent()}|${await map.getAttribute("data-points")}|${await map.getAttribute("data-shaded")}`]);

    await page.getByTestId("play-toggle").focus();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("play-toggle")).toHaveAttribute("aria-pressed", "true");
    // Sample what the map and table show while it plays, until it stops by itself.
    await expect
      .poll(
        async () => {
          seen.add(`${await count.textContent()}|${await map.getAttribute("data-points")}|${await map.getAttribute("data-shaded")}`);
          return page.getByTestId("play-toggle").getAttribute("aria-pressed");
        },
        { timeout: 30_000, intervals: [200] },
      )
      .toBe("false");
    await expect(step).toHaveText("as of December 2017");
    expect(page.url()).toContain("at=2017-12");
    expect(seen.size, [...seen].join(" / ")).toBeGreaterThan(1);
    await expect(page.getByTestId("as-of")).toHaveText("As of December 2017");
    // The step is said to screen readers.
    await expect(step).toHaveAttribute("aria-live", "polite");
  });

  test("asks for the next step's data while a step shows, where steps come from the server (control changes)", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (r) => r.url().includes("/api/view?") && asked.push(new URL(r.url()).searchParams.get("at") ?? ""));
    await page.goto("/?at=2017-06&layers=control-changes,territorial-loss");
    await waitForMap(page);
    await expect.poll(() => asked).toContain("2017-07");
    await page.getByTestId("play-forward").click();
    await expect.poll(() => asked).toContain("2017-08");
  });

  test("steps with the arrow keys and clears back to all dates", async ({ page }) => {
    await page.goto("/?at=2017-06");
    await waitForMap(page);
    await page.getByTestId("play-forward").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("play-step")).toHaveText("as of July 2017");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByTestId("play-step")).toHaveText("as of May 2017");
    await page.getByTestId("play-clear").click();
    await expect(page.getByTestId("play-step")).toHaveText("All dates");
    expect(page.url()).not.toContain("at=");
  });
});

test.describe("a group's page", () => {
  test("follows an edge of the allegiance graph to its passage in the reader", async ({ page }) => {
    await page.goto("/groups/boko-haram");
    await expect(page.getByTestId("group-name")).toHaveText(/Boko Haram/);
    const edge = page.getByTestId("graph-edge").first();
    await edge.focus();
    await page.keyboard.press("Enter");
    const row = page.locator("tr:target");
    await expect(row).toHaveCount(1);
    const passage = row.getByTestId("edge-passage").first();
    const href = (await passage.getAttribute("href"))!;
    expect(href).toMatch(/^\/articles\/[^#]+#p-/);
    // By the keyboard: a quote wrapping over lines has its middle between them, where a click misses.
    await passage.focus();
    await Promise.all([page.waitForURL(/\/articles\/.+#p-/, { timeout: 30_000 }), page.keyboard.press("Enter")]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });

  test("is reached from the dashboard's group filter, and works in Arabic", async ({ page }) => {
    await page.goto("/?lang=ar");
    await waitForMap(page);
    await page.getByTestId("filter-actor").locator("summary").click();
    await page.getByTestId("filter-actor-page").first().click();
    await expect(page).toHaveURL(/\/groups\/[a-z0-9-]+\?lang=ar/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });
});
