import type { Locator, Page } from "@playwright/test";
import { expect, test, waitForMap } from "./fixtures";
import { DashboardPage } from "./dashboard.page";

// What a new analyst tripped over on first use (issue 18, "Broken"): each test a person's steps.

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (l: Locator) => (await l.boundingBox())!;

test("clearing the filters shows every claim again, and Back and Forward follow the URL", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  const rows = d.table().locator("tbody tr");
  const all = await rows.count();
  await d.filterKind("Defection");
  await expect(page).toHaveURL(/[?&]kind=defection/);
  // The previous rows stay while the filtered ones load: wait until only defections are listed.
  await expect(rows.locator("td:nth-child(2)").filter({ hasNotText: "Defection" })).toHaveCount(0);
  const few = await rows.count();
  expect(few).toBeLessThan(all);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(rows).toHaveCount(all);

  await page.goBack();
  await expect(page).toHaveURL(/kind=defection/);
  await expect(rows).toHaveCount(few);
  await page.goForward();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(rows).toHaveCount(all);
});

for (const lang of ["en", "ar"] as const) {
  test(`on a 390x844 phone in ${lang} the map comes first with real height, filters in a drawer, the table below`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(lang === "ar" ? "/?lang=ar" : "/");
    await waitForMap(page);
    const map = await box(page.getByTestId("atlas-map"));
    expect(map.height).toBeGreaterThanOrEqual(844 * 0.4);
    expect(map.width).toBeGreaterThanOrEqual(380);
    const toggle = page.getByTestId("filters-toggle");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByTestId("filters")).toBeHidden();
    expect((await box(toggle)).y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect((await box(page.getByTestId("claims-table"))).y).toBeGreaterThan(map.y + map.height);
    await page.screenshot({ path: `/tmp/atlas-phone-${lang}.png`, fullPage: false });

    await toggle.click();
    await expect(page.getByTestId("filters")).toBeVisible();
    await page.screenshot({ path: `/tmp/atlas-phone-${lang}-drawer.png`, fullPage: false });
  });
}

/** The ramp's colour under a label, read from a screenshot of the ramp: its darkness, 0-765. */
async function darknessUnder(page: Page, ramp: Locator, label: Locator) {
  const r = await box(ramp);
  const l = await box(label);
  const x = Math.min(r.width - 1, Math.max(0, l.x + l.width / 2 - r.x));
  const png = (await ramp.screenshot()).toString("base64");
  return page.evaluate(
    async ({ png, x, width }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const [red, green, blue] = ctx.getImageData(Math.floor((x * img.width) / width), Math.floor(img.height / 2), 1, 1).data;
      return 765 - red! - green! - blue!;
    },
    { png, x, width: r.width },
  );
}

for (const lang of ["en", "ar"] as const) {
  for (const layer of ["territorial-loss", "activity"] as const) {
    test(`in ${lang} the ${layer} legend ramp is darkest under its high label`, async ({ page }) => {
      await page.goto(`/?layers=${layer}${lang === "ar" ? "&lang=ar" : ""}`);
      await waitForMap(page);
      const ramp = page.getByTestId(`ramp-${layer}`);
      const key = ramp.locator("xpath=..");
      const low = await darknessUnder(page, ramp, key.getByTestId("ramp-low"));
      const high = await darknessUnder(page, ramp, key.getByTestId("ramp-high"));
      expect(high).toBeGreaterThan(low + 100);
    });
  }
}

test("a popup takes focus at its top, Escape inside closes it, and focus returns to the table's Map button", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?kind=recruitment");
  const button = d.table().getByRole("button", { name: "Map" }).first();
  await button.focus();
  await page.keyboard.press("Enter");
  const popup = d.popup();
  await expect(popup).toBeVisible();
  await expect(popup).toBeFocused();
  expect(await popup.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(popup.getByRole("heading").first()).toBeInViewport();

  // Within the map, clear of its credits.
  await waitForMap(page);
  const map = await box(d.map());
  const shown = await box(page.locator(".maplibregl-popup"));
  expect(shown.y).toBeGreaterThanOrEqual(map.y);
  expect(shown.y + shown.height).toBeLessThanOrEqual(map.y + map.height);
  expect(overlaps(shown, await box(page.locator(".maplibregl-ctrl-attrib")))).toBe(false);

  await popup.getByRole("link").first().focus();
  await page.keyboard.press("Escape");
  await expect(popup).toBeHidden();
  await expect(page).not.toHaveURL(/sel=/);
  await expect(button).toBeFocused();
});

test("closing a popup with its × returns focus to what opened it", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?kind=recruitment");
  const button = d.table().getByRole("button", { name: "Map" }).first();
  await button.click();
  await expect(d.popup()).toBeVisible();
  await page.getByRole("button", { name: "Close popup" }).click();
  await expect(d.popup()).toBeHidden();
  await expect(button).toBeFocused();
});

test("a link with an unknown group and a bad date names both and still shows the claims", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open("?actor=hamas&from=2017-99");
  const notice = page.getByTestId("param-issues");
  await expect(notice).toContainText("actor=hamas");
  await expect(notice).toContainText("from=2017-99");
  await expect(d.table().locator("tbody tr").first()).toBeVisible();
});

test("a bad date typed in the filter says what is wrong, in words", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  const from = page.getByTestId("filter-from");
  await from.fill("2017-99");
  await from.press("Enter");
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "YYYY-MM" })).toBeVisible();
  await expect(from).toHaveAccessibleDescription(/YYYY-MM/);
  await expect(page).not.toHaveURL(/from=/);
});

for (const { w, h, lang } of [
  { w: 600, h: 400, lang: "en" },
  { w: 600, h: 400, lang: "ar" },
  { w: 300, h: 200, lang: "en" },
  { w: 300, h: 200, lang: "ar" },
] as const) {
  test(`the embed at ${w}x${h} in ${lang} keeps its source line, link, legend and zoom buttons clear of each other`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/embed${lang === "ar" ? "?lang=ar" : ""}`);
    await waitForMap(page);
    const source = page.getByTestId("embed-source");
    const link = page.getByTestId("embed-full-view");
    await expect(link).toBeInViewport({ ratio: 1 });
    await expect(source).toBeInViewport({ ratio: 1 });
    const credits = await box(page.locator(".maplibregl-ctrl-attrib"));
    expect(overlaps(await box(source), credits)).toBe(false);
    const legend = page.getByTestId("embed-legend");
    await legend.locator("summary").click();
    const zoom = await box(page.locator(".maplibregl-ctrl-group"));
    const summary = legend.locator("summary");
    expect(overlaps(await box(summary), zoom)).toBe(false);
    expect(await summary.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(page.getByRole("button", { name: lang === "ar" ? /Zoom in|تكبير/ : "Zoom in" })).toBeInViewport();
  });
}

const PAGES = ["/", "/countries", "/countries/syr", "/articles", "/articles/000_40a8f3811f703089", "/compare?regions=IRQ,SYR", "/embed"];
for (const path of PAGES) {
  test(`${path} with lang=ar is served as Arabic, right to left, with an Arabic title`, async ({ request }) => {
    const url = `${path}${path.includes("?") ? "&" : "?"}lang=ar`;
    // Only the root tag and the title: a failure shows them, not the whole page.
    const head = async (u: string) => {
      const html = await (await request.get(u)).text();
      return { root: html.match(/<html[^>]*>/)?.[0] ?? "", title: html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "" };
    };
    const ar = await head(url);
    expect(ar.root).toMatch(/\blang="ar"/);
    expect(ar.root).toMatch(/\bdir="rtl"/);
    expect(ar.title).toMatch(/أطلس الولاءات$/);
    const en = await head(path);
    expect(en.root).toMatch(/\blang="en"/);
    expect(en.root).toMatch(/\bdir="ltr"/);
    expect(en.title).toMatch(/Allegiance Atlas$/);
  });
}

test("the dashboard says where its claims come from and links to the source list, in both languages", async ({ page }) => {
  await page.goto("/");
  const note = page.getByTestId("sources-note");
  await expect(note).toContainText(/\d+ articles?/);
  await expect(note).toContainText(/latest published|no publication date stated/);
  await expect(note).toContainText(/\d+ of \d+ claims reviewed/);
  await note.getByRole("link", { name: "List of sources" }).click();
  await expect(page).toHaveURL(/\/articles$/);

  await page.goto("/?lang=ar");
  await expect(page.getByTestId("sources-note").getByRole("link", { name: "قائمة المصادر" })).toHaveAttribute("href", "/articles?lang=ar");
});

test("a country page says where its claims come from", async ({ page }) => {
  await page.goto("/countries/syr?lang=ar");
  const note = page.getByTestId("sources-note");
  // The count agrees with its number (2 مقالتان, 3 مقالات…): lib/i18n/plural.
  await expect(note).toContainText(/\d+ مقال/);
  await expect(note.getByRole("link", { name: "قائمة المصادر" })).toHaveAttribute("href", "/articles?lang=ar");
});

test("the embed names its sources with a link to their list", async ({ page }) => {
  await page.goto("/embed");
  await expect(page.getByTestId("embed-sources-link")).toContainText(/Sources: \d+ articles?/);
  await expect(page.getByTestId("embed-sources-link")).toHaveAttribute("href", "/articles");
});

test("the dashboard has a page heading and a skip link to the map, and Space on the map does not scroll the page", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the map" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#map$/);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(".maplibregl-canvas").focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("from the focused map, N and P reach each feature's popup without the table, and Escape returns to the map", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  const canvas = page.locator(".maplibregl-canvas");
  await canvas.focus();
  await expect(page.getByTestId("map-keys")).toContainText("N / P");
  const popup = page.getByTestId("mark-popup");
  await page.keyboard.press("n");
  await expect(popup).toBeVisible();
  await expect(popup).toBeFocused();
  const first = await popup.getAttribute("aria-label");
  const firstUrl = page.url();
  expect(firstUrl).toMatch(/[?&]sel(ection)?=/);
  // From inside the popup, N goes on to the next feature.
  await page.keyboard.press("n");
  await expect(popup).not.toHaveAttribute("aria-label", first!);
  await page.keyboard.press("p");
  await expect(popup).toHaveAttribute("aria-label", first!);
  await page.keyboard.press("Escape");
  await expect(popup).toHaveCount(0);
  await expect(canvas).toBeFocused();
});
