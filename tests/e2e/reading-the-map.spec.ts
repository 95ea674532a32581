import { DashboardPage } from "./dashboard.page";
import { expect, test, waitForMap } from "./fixtures";

// Issue 18, items 8, 11, 12, 15, 17 and 18: what a figure, a colour, a click and a count say.

test("a share stated for Syria and Iraq together says 'more than 60%', quotes the article's words and says it is one figure for both", async ({ page }) => {
  const d = new DashboardPage(page);
  // Eastern Syria, in the middle of the view.
  await d.open("?c=39,35&z=5&layers=territorial-loss");
  await d.clickMapCentre();
  // Syria's own loss claim (no share stated) answers first; the group's figure is offered beside it.
  await d.popup().getByRole("button", { name: "Territorial loss · Syria and Iraq" }).click();
  const share = d.popup().getByTestId("stated-share");
  await expect(share).toContainText("more than 60%");
  await expect(share).toContainText("60٪");
  await expect(d.popup().getByTestId("joint-figure")).toContainText("together");
  await expect(d.popup()).not.toContainText("Share stated as lost: 60%");
});

test("in Arabic the joint figure reads 'أكثر من 60٪' and the claim summaries are Arabic", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?c=39,35&z=5&layers=territorial-loss&lang=ar");
  await d.clickMapCentre();
  await d.popup().getByRole("button", { name: "خسارة الأراضي · سوريا والعراق" }).click();
  await expect(d.popup().getByTestId("stated-share")).toContainText("أكثر من 60٪");
  const summary = d.popup().getByTestId("claim-summary").first();
  await expect(summary).toHaveAttribute("lang", "ar");
  expect(await summary.textContent()).not.toMatch(/[A-Za-z]/);
});

test("clicking inside Yemen, away from its outline, opens the allegiance shift there", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?c=47.5,15.5&z=5.5&layers=allegiance-shifts");
  await d.clickMapCentre();
  await expect(d.popup()).toBeVisible();
  await expect(d.popup()).toContainText("Yemen");
});

test("hovering a place shows what is there, how many claims and from which articles, without a click", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?c=47.5,15.5&z=5.5&layers=allegiance-shifts");
  const box = (await d.map().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tip = page.getByTestId("map-tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("Yemen");
  await expect(tip).toContainText("Allegiance shifts");
  await expect(tip).toContainText(/\d+ claims?/);
  await expect(d.popup()).toHaveCount(0);
});

test("the legend says what a shift line's colour means and lists people apart from groups", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  const key = page.getByTestId("key-shifts");
  await expect(key).toContainText("Line colour: the group people moved to");
  const people = page.getByTestId("key-people");
  if (await people.count()) {
    for (const name of await key.locator("ul").first().locator("li").allTextContents()) expect(name).not.toMatch(/al-Baghdadi|al-Sahrawi/);
  }
  await expect(page.getByTestId("key-joint")).toContainText("together");
});

test("the about page explains the method in both languages and is linked from the header, the legend and popups", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?c=39,35&z=5&layers=territorial-loss");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" })).toHaveAttribute("href", "/about");
  await expect(page.getByTestId("legend-about")).toHaveAttribute("href", "/about");
  await d.clickMapCentre();
  await expect(d.popup().getByTestId("popup-about")).toHaveAttribute("href", "/about#certainty");
  await page.goto("/about");
  for (const heading of [
    "What is a claim?",
    "“Asserted”, “reported” and “hedged”",
    "Dates",
    "Place precision",
    "How claims are extracted and reviewed",
    "What the map does not show",
  ]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await page.goto("/about?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("المنهج");
  await expect(page.getByRole("heading", { name: "ما لا تُظهره الخريطة" })).toBeVisible();
});

test("in Arabic the map's buttons and scale bar are Arabic, counts agree with their number and lists take the Arabic comma", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?lang=ar");
  await expect(page.getByRole("button", { name: "تكبير" })).toBeVisible();
  await expect(page.locator(".maplibregl-ctrl-scale")).toContainText("كم");
  for (const text of await page.locator("[data-testid^=count-]").allTextContents()) {
    const n = Number(text.match(/\d+/)?.[0]);
    if (n === 1) expect(text).toMatch(/ادعاء$/);
    if (n === 2) expect(text).toMatch(/ادعاءان$/);
    if (n >= 3 && n <= 10) expect(text).toMatch(/ادعاءات$/);
    if (n >= 11 && n <= 99) expect(text).toMatch(/ادعاءً$/);
  }
  const places = await d.table().locator("tbody tr td:nth-child(4)").allTextContents();
  expect(places.join(" ")).not.toContain(",");
  await expect(page.getByTestId("countries-in-view")).toContainText("الدول المعروضة");
});

test("the iframe snippet shared from an Arabic view gives the embedded map an Arabic title", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?lang=ar");
  await page.getByTestId("share-open").click();
  await expect(page.getByTestId("share-dialog").getByTestId("share-iframe")).toHaveValue(/title="خريطة أطلس الولاءات"/);
});

test("at 1280x800 the timeline is on screen without scrolling, with a count axis and the undated claims said beside it", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  const chart = page.getByTestId("timeline").locator("svg");
  const box = (await chart.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await expect(page.getByTestId("timeline-axis")).toContainText("0");
  await expect(page.getByTestId("timeline-undated")).toContainText(/\d+ claims? undated/);
  const tip = await page.getByTestId("timeline").locator("g[data-month] title").first().textContent();
  expect(tip).toMatch(/^[A-Z][a-z]+ \d{4}: \d+ claims? dated/);
});

test("a country page's map has the legend, and a click on the country opens its popup", async ({ page }) => {
  await page.goto("/countries/syr");
  await waitForMap(page);
  await expect(page.getByTestId("country-legend").getByTestId("legend")).toBeVisible();
  const box = (await page.getByTestId("atlas-map").boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId("mark-popup")).toBeVisible();
});

test.describe("on a 390x844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the scale bar and the credits do not overlap, and the table says it scrolls sideways", async ({ page }) => {
    const d = new DashboardPage(page);
    await d.open();
    const scale = (await page.locator(".maplibregl-ctrl-scale").boundingBox())!;
    const credits = (await page.locator(".maplibregl-ctrl-attrib").boundingBox())!;
    const overlap = scale.x < credits.x + credits.width && credits.x < scale.x + scale.width && scale.y < credits.y + credits.height && credits.y < scale.y + scale.height;
    expect(overlap).toBe(false);
    await expect(page.getByTestId("table-scroll-cue")).toBeVisible();
  });
});

test("the countries overview names each country on the map and shades it by its claims", async ({ page }) => {
  await page.goto("/countries?lang=ar");
  const overview = page.getByTestId("countries-overview");
  await expect(overview.getByTestId("outline-label")).toHaveCount(7);
  await expect(overview.getByTestId("outline-label").filter({ hasText: "سوريا" })).toHaveCount(1);
  const shares = await overview.locator("path[data-share]").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-share"))));
  expect(shares).toHaveLength(7);
  expect(Math.max(...shares)).toBe(1);
});
