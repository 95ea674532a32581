import { expect, test, waitForMap } from "./fixtures";

test.describe("a country page", () => {
  test("draws the country on its own map and lists the passages that mention it, linked to the reader", async ({ page }) => {
    await page.goto("/countries/irq");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iraq");
    await waitForMap(page);
    await expect(page.getByTestId("countries-in-view")).toHaveAttribute("data-iso3", /IRQ/);
    const passages = page.getByTestId("passage");
    expect(await passages.count()).toBeGreaterThan(0);
    const link = passages.first().getByTestId("passage-link");
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/articles\/[a-z0-9_-]+#p-[a-z0-9]+$/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toBeVisible();
  });

  test("counts claims by kind, states the figures and links the six other countries", async ({ page }) => {
    await page.goto("/countries/irq");
    await expect(page.getByTestId("kind-counts")).toContainText("Territorial loss");
    await expect(page.getByTestId("figures")).toContainText("60");
    await expect(page.getByTestId("other-countries").getByRole("link", { name: "Syria", exact: true })).toHaveAttribute("href", "/countries/syr");
    await expect(page.getByTestId("other-countries").locator("li")).toHaveCount(6);
  });

  test("lists the shifts between groups in Niger with their passages", async ({ page }) => {
    await page.goto("/countries/ner");
    const shifts = page.getByTestId("shifts");
    await expect(shifts).toContainText("→");
    expect(await shifts.getByTestId("passage-link").count()).toBeGreaterThan(0);
  });

  test("answers an upper-case code with the lower-case address, keeping the language", async ({ page }) => {
    await page.goto("/countries/IRQ?lang=ar");
    await expect(page).toHaveURL(/\/countries\/irq\?lang=ar$/);
    await expect(page.locator("div[dir=rtl][lang=ar]").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("العراق");
  });

  test("answers an unknown code with a friendly 404", async ({ page }) => {
    const res = await page.goto("/countries/fra");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such country" })).toBeVisible();
    await expect(page.getByRole("link", { name: "All countries" })).toHaveAttribute("href", "/countries");
  });
});

test.describe("the countries index", () => {
  test("has one line per country and a small map linking to each", async ({ page }) => {
    await page.goto("/countries");
    await expect(page.getByTestId("countries-table").locator("tbody tr")).toHaveCount(7);
    await expect(page.getByTestId("countries-overview").locator("a")).toHaveCount(7);
    await page.getByTestId("countries-table").getByRole("link", { name: "Niger", exact: true }).click();
    await expect(page).toHaveURL(/\/countries\/ner$/);
  });
});
