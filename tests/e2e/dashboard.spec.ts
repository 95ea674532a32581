import { expect, test, waitForMap } from "./fixtures";
import { DashboardPage } from "./dashboard.page";

test("clicking a recruitment hotspot opens a popup quoting the passage, whose link opens the reader there", async ({ page }) => {
  const d = new DashboardPage(page);
  // Syria, where the seed reports al-Qaeda recruiting, in the middle of the view.
  await d.open("?c=38.5,35&z=5&layers=recruitment-hotspots");
  await d.clickMapCentre();
  const popup = d.popup();
  await expect(popup).toBeVisible();
  await expect(popup).toContainText("Recruitment hotspots");
  const quote = popup.locator("blockquote").first();
  await expect(quote).toHaveAttribute("dir", "rtl");
  await expect(quote.locator("mark")).not.toBeEmpty();
  expect(page.url()).toContain("sel=recruitment-hotspots");

  const link = popup.getByRole("link", { name: /Open the passage/ }).first();
  const href = (await link.getAttribute("href"))!;
  const passageId = decodeURIComponent(href.split("#")[1]!);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/000_40a8f3811f703089#${passageId}$`));
  const target = page.locator(`[id="${passageId}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
});

test("a filter changes what is drawn and the URL; reloading restores it; Back undoes it", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  await expect(d.legendCount("recruitment-hotspots")).not.toHaveText(/^0 /);
  const shadedBefore = Number(await d.map().getAttribute("data-shaded"));

  await d.filterKind("Pledge of allegiance");
  await expect(page).toHaveURL(/[?&]kind=pledge/);
  await expect(d.legendCount("recruitment-hotspots")).toHaveText("0 claims");
  await d.expectRowsAllOfKind("Pledge of allegiance");
  await expect(d.map()).not.toHaveAttribute("data-shaded", String(shadedBefore));
  const shadedFiltered = await d.map().getAttribute("data-shaded");

  await page.reload();
  await waitForMap(page);
  await expect(d.legendCount("recruitment-hotspots")).toHaveText("0 claims");
  await expect(d.map()).toHaveAttribute("data-shaded", shadedFiltered!);
  await d.expectRowsAllOfKind("Pledge of allegiance");

  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(d.legendCount("recruitment-hotspots")).not.toHaveText(/^0 /);
});

test("switching to Arabic lays the whole page out right to left and keeps it in the URL", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/[?&]lang=ar/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "الادعاءات", exact: false }).first()).toBeVisible();
  // In a right-to-left layout the filter column sits on the right of the map.
  const aside = (await page.getByRole("complementary").boundingBox())!;
  const map = (await d.map().boundingBox())!;
  expect(aside.x).toBeGreaterThan(map.x);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("a link with bad parameters still opens, says what it ignored, and keeps the rest", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?kind=pledge,nonsense&lang=xx&z=abc");
  await expect(page.getByTestId("param-issues")).toContainText("kind");
  await expect(page.getByTestId("param-issues")).toContainText("lang");
  await d.expectRowsAllOfKind("Pledge of allegiance");
});

test("the table is the keyboard path to the map: a row's Map button opens its popup", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?kind=recruitment");
  const button = d.table().getByRole("button", { name: "Map" }).first();
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(d.popup()).toBeVisible();
  await expect(page).toHaveURL(/sel=/);
});

test("article text with markup is shown as text and never runs", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?country=syr&kind=pledge");
  const row = d
    .table()
    .locator("tbody tr", { hasText: "Syria" })
    .filter({ has: page.locator('a[href*="synthetic-hostile"]') });
  await row.getByRole("button", { name: "Map" }).click();
  const popup = d.popup();
  await expect(popup).toContainText('<script>window.__pwned = "script"</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  await page.goto("/articles/synthetic-hostile");
  await expect(page.locator("body")).toContainText(`onerror="window.__pwned='onerror'"`);
  await expect(page.locator("body")).toContainText('SYNTHETIC <b onmouseover="window.__pwned=1">hostile</b> fixture');
  await page.mouse.move(10, 10);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator("img[src=x]").count()).toBe(0);
});
