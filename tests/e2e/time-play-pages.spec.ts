import { expect, test, waitForMap } from "./fixtures";

/** What the map draws, as one string: it changes when a step changes the map. */
const drawnOf = async (page: import("@playwright/test").Page) => {
  const map = page.getByTestId("atlas-map");
  return `${await map.getAttribute("data-points")}|${await map.getAttribute("data-shaded")}`;
};

test.describe("the play control on a country page", () => {
  test("plays from the first step to the end with the keyboard, the map changing, the URL following", async ({ page }) => {
    // A country's timeline over more than six years plays year by year: a dozen steps at most.
    await page.goto("/countries/irq");
    await waitForMap(page);
    const toggle = page.getByTestId("play-toggle");
    const step = page.getByTestId("play-step");
    await expect(step).toHaveText("All dates");
    await expect(step).toHaveAttribute("aria-live", "polite");
    const seen = new Set<string>();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect
      .poll(
        async () => {
          seen.add(await drawnOf(page));
          return toggle.getAttribute("aria-pressed");
        },
        { timeout: 50_000, intervals: [150] },
      )
      .toBe("false");
    const at = new URL(page.url()).searchParams.get("at");
    expect(at).toMatch(/^\d{4}-\d{2}$/);
    await expect(step).toContainText("as of");
    await expect(page.getByTestId("as-of")).toHaveText(/^As of /);
    expect(seen.size, [...seen].join(" / ")).toBeGreaterThan(1);
    // End goes to the last step, Home to the first, and the URL says so.
    await page.getByTestId("play-back").focus();
    await page.keyboard.press("Home");
    await expect.poll(() => new URL(page.url()).searchParams.get("at")).not.toBe(at);
    await page.keyboard.press("End");
    await expect.poll(() => new URL(page.url()).searchParams.get("at")).toBe(at);
  });

  test("in Arabic, the left arrow steps forward (the way the line reads) and the right arrow back", async ({ page }) => {
    await page.goto("/countries/irq?lang=ar&at=2017-06");
    await waitForMap(page);
    await page.getByTestId("play-forward").focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => new URL(page.url()).searchParams.get("at")).toBe("2017-07");
    await expect(page.getByTestId("play-step")).toHaveText("حتى يوليو 2017");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("at")).toBe("2017-05");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ar");
  });

  test("steps by the keyboard changing the map's marks without giving the map a new style", async ({ page }) => {
    await page.goto("/countries/irq");
    await waitForMap(page);
    const map = page.getByTestId("atlas-map");
    const section = page.locator("#map");
    const said = page.getByTestId("play-step");
    // From all dates, forward goes to the first step. It fetches the country's whole range and
    // series, which the map's sources then hold once; every later step is drawn over them.
    await page.getByTestId("play-forward").focus();
    await page.keyboard.press("ArrowRight");
    await expect(said).not.toHaveText("All dates");
    await expect(section).toHaveAttribute("aria-busy", "false");
    await expect(map).toHaveAttribute("data-map-state", "ready");
    const styles = await map.getAttribute("data-styles");
    const seen = new Set([await drawnOf(page)]);
    for (let i = 0; i < 6; i++) {
      const before = await said.textContent();
      await page.keyboard.press("ArrowRight");
      await expect(said).not.toHaveText(before!);
      await expect(section).toHaveAttribute("aria-busy", "false");
      seen.add(await drawnOf(page));
    }
    expect(seen.size, [...seen].join(" / ")).toBeGreaterThan(1);
    await expect(map).toHaveAttribute("data-styles", styles!);
    await expect(map).toHaveAttribute("data-map-state", "ready");
  });

  test("keeps a moving window in the URL and says it", async ({ page }) => {
    await page.goto("/countries/syr?at=2017-06&play=window&window=3");
    await waitForMap(page);
    await expect(page.getByTestId("as-of")).toHaveText("The 3 months to June 2017");
    await page.getByTestId("play-forward").click();
    await expect.poll(() => page.url()).toContain("at=2017-07&play=window&window=3");
  });
});

test.describe("steps on the dashboard", () => {
  test("ask the server for the view's series once, then for no model per step", async ({ page }) => {
    const models: string[] = [];
    const rows: string[] = [];
    let series = 0;
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.pathname === "/api/view") models.push(u.searchParams.get("at") ?? "");
      if (u.pathname === "/api/view/claims") rows.push(u.searchParams.get("at") ?? "");
      if (u.pathname === "/api/view/series") series++;
    });
    await page.goto("/?at=2017-06");
    await waitForMap(page);
    await page.getByTestId("play-forward").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => series).toBe(1);
    await expect(page.getByTestId("play-step")).toHaveText("as of July 2017");
    await expect(page.locator("#map")).toHaveAttribute("aria-busy", "false");
    const before = models.length;
    const rowsBefore = rows.length;
    const styles = await page.getByTestId("atlas-map").getAttribute("data-styles");
    for (const month of ["August", "September", "October"]) {
      await page.keyboard.press("ArrowRight");
      await expect(page.getByTestId("play-step")).toHaveText(`as of ${month} 2017`);
    }
    expect(models.slice(before)).toEqual([]);
    expect(series).toBe(1);
    // Each step is feature state over the sources the first step filled: no new map style.
    await expect(page.getByTestId("atlas-map")).toHaveAttribute("data-styles", styles!);
    // The table's rows follow once the steps rest, not at each step.
    expect(rows.slice(rowsBefore).filter((at) => at === "2017-08" || at === "2017-09")).toEqual([]);
    await expect.poll(() => rows.slice(rowsBefore)).toContain("2017-10");
  });
});

test.describe("the play control on the other map pages", () => {
  test("a group's page shows the server's image, and from the first step a map stepped in the browser without new styles", async ({ page }) => {
    await page.goto("/groups/isis?at=2017-06");
    await expect(page.getByTestId("as-of")).toHaveText("As of June 2017");
    await expect(page.getByTestId("group-map")).toHaveAttribute("src", /at=2017-06/);
    await page.getByTestId("play-forward").focus();
    // Focus alone fetches playback's data but keeps the image.
    await expect(page.getByTestId("group-map")).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.url()).toContain("at=2017-07");
    await expect(page.getByTestId("group-map-link")).toHaveAttribute("href", /at=2017-07/);
    const map = page.getByTestId("atlas-map");
    await waitForMap(page);
    await expect(page.getByTestId("group-map")).toHaveCount(0);
    const styles = await map.getAttribute("data-styles");
    const seen = new Set([await drawnOf(page)]);
    for (const month of ["August", "September", "October", "November"]) {
      await page.keyboard.press("ArrowRight");
      await expect(page.getByTestId("play-step")).toHaveText(`as of ${month} 2017`);
      seen.add(await drawnOf(page));
    }
    await expect(page.getByTestId("group-map-link")).toHaveAttribute("href", /at=2017-11/);
    expect(seen.size, [...seen].join(" / ")).toBeGreaterThan(1);
    await expect(map).toHaveAttribute("data-styles", styles!);
  });

  test("the comparison steps both panels and keeps the regions, each map keeping its style", async ({ page }) => {
    await page.goto("/compare?regions=IRQ,SYR&at=2017-06");
    await expect(page.getByTestId("as-of")).toHaveText("As of June 2017");
    const panel = page.getByTestId("compare-map-0");
    await expect(panel).toHaveAttribute("data-map-state", "ready", { timeout: 30_000 });
    const styles = await panel.getAttribute("data-styles");
    await page.getByTestId("play-forward").click();
    await expect(page.getByTestId("as-of")).toHaveText("As of July 2017", { timeout: 30_000 });
    expect(page.url()).toContain("regions=IRQ,SYR");
    expect(page.url()).toContain("at=2017-07");
    await expect(panel).toHaveAttribute("data-map-state", "ready");
    await expect(panel).toHaveAttribute("data-styles", styles!);
  });
});

test.describe("the key of shading by sources", () => {
  test("says what 1, 2 and 3 or more independent sources look like, in English and Arabic", async ({ page }) => {
    await page.goto("/?shade=sources");
    await expect(page.getByTestId("sources-key")).toContainText("Shaded by independent sources");
    await expect(page.getByTestId("sources-key-3")).toHaveText("3 or more sources");
    await page.goto("/?shade=sources&lang=ar");
    await expect(page.getByTestId("sources-key-1")).toHaveText("مصدر واحد");
    await page.goto("/");
    await expect(page.getByTestId("sources-key")).toHaveCount(0);
  });
});
