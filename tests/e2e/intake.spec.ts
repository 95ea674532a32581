import AxeBuilder from "@axe-core/playwright";
import { DashboardPage } from "./dashboard.page";
import { signInAsEditor } from "./editor";
import { expect, test } from "./fixtures";

/**
 * Adding an article in the browser (issue 15 §2): an editor pastes an Arabic article, previews
 * it, saves it and finds it; markup in a title or text is shown as text and runs nothing.
 * SYNTHETIC texts written for these tests.
 */
const ARABIC = [
  "تنظيم داعش يخسر مواقع في الموصل",
  "قال مسؤولون عراقيون إن تنظيم داعش فقد السيطرة على أحياء في الموصل في أكتوبر 2017 بعد معارك عنيفة.",
  "وأضافوا أن مقاتلي التنظيم انسحبوا نحو الحدود السورية.",
].join("\n\n");

const PAYLOAD = `<img src=x onerror="window.__pwned='onerror'"><script>window.__pwned='script'</script>`;

test.beforeEach(async ({ page, baseURL }) => {
  await signInAsEditor(page, baseURL!);
});

test("an editor pastes an Arabic article, previews its passages and claims, saves it, finds its claims in the review queue and opens it", async ({ page }) => {
  await page.goto("/workspace/new?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("tab", { name: "لصق النص" }).focus();
  await page.getByLabel("نص المقال").fill(ARABIC);
  await page.getByLabel("اللغة").selectOption("ar");
  await expect(page.getByLabel("نص المقال")).toHaveAttribute("dir", "rtl");
  await page.getByLabel("العنوان").fill("اختبار: داعش يخسر الموصل");
  await page.getByLabel("تاريخ النشر").fill("2017-10-20");
  // Keyboard: Enter in a field submits the form, which previews.
  await page.getByLabel("تاريخ النشر").press("Enter");
  const preview = page.getByTestId("intake-preview");
  await expect(preview).toBeVisible();
  await expect(preview.locator('mark[data-span="place"]', { hasText: "الموصل" }).first()).toBeVisible();
  await expect(preview.locator('mark[data-span="actor"]').first()).toBeVisible();
  await expect(page.getByTestId("preview-claims").getByRole("listitem").first()).toBeVisible();
  await page.getByTestId("intake-save-button").click();
  await expect(page.getByTestId("intake-saved")).toBeVisible();
  const articleHref = (await page.getByTestId("saved-article-link").getAttribute("href"))!;
  const slug = articleHref.replace(/^\/articles\/|\?.*$/g, "");
  // Its claims wait in the review queue (newest article first), proposed.
  await page.getByTestId("saved-queue-link").click();
  await expect(page).toHaveURL(/\/workspace\/review\?lang=ar/);
  await expect(page.locator(`[data-testid="review-item"][data-claim^="${slug}:"]`).first()).toBeVisible({ timeout: 20_000 });
  await page.goto(articleHref);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("اختبار: داعش يخسر الموصل");
});

test("the same article again is pointed out as a duplicate with a link to the first", async ({ page }) => {
  const text = `SYNTHETIC duplicate check. Boko Haram fighters attacked Maiduguri in Nigeria in March 2018, officials said.\n\nThe group later withdrew.`;
  for (let i = 0; i < 2; i++) {
    await page.goto("/workspace/new");
    await page.getByLabel("Article text").fill(text);
    await page.getByTestId("intake-preview-button").click();
    await expect(page.getByTestId("intake-preview")).toBeVisible();
    if (i === 0) {
      await page.getByTestId("intake-save-button").click();
      await expect(page.getByTestId("intake-saved")).toBeVisible();
    }
  }
  await expect(page.getByTestId("intake-duplicate").getByRole("link")).toHaveAttribute("href", /^\/articles\//);
  await expect(page.getByTestId("intake-save-button")).toBeDisabled();
});

test("a script payload in the title and the text shows as text in the workspace and the reader and runs nothing", async ({ page }) => {
  await page.goto("/workspace/new");
  await page.getByLabel("Article text").fill(`SYNTHETIC hostile text: ISIS attacked Mosul in Iraq in May 2017 ${PAYLOAD} witnesses said.`);
  await page.getByLabel("Title").fill(`Hostile ${PAYLOAD}`);
  await page.getByTestId("intake-preview-button").click();
  await expect(page.getByTestId("preview-title")).toHaveText(`Hostile ${PAYLOAD}`);
  await expect(page.getByTestId("preview-passages")).toContainText("<script>window.__pwned='script'</script>");
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  await page.getByTestId("intake-save-button").click();
  await page.getByTestId("saved-article-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hostile ${PAYLOAD}`);
  await expect(page.locator("main")).toContainText("<script>window.__pwned='script'</script>");
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator("main img[src=x]").count()).toBe(0);
});

test("an anonymous visitor is sent to sign in, and back afterwards", async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL });
  const page = await ctx.newPage();
  await page.goto("/workspace/new?lang=ar");
  expect(new URL(page.url()).pathname).toBe("/signin");
  expect(new URL(page.url()).searchParams.get("next")).toBe("/workspace/new?lang=ar");
  await ctx.close();
});

for (const lang of ["en", "ar"] as const) {
  test(`axe finds no serious or critical violation on /workspace/new with a preview shown (${lang})`, async ({ page }) => {
    await page.goto(`/workspace/new${lang === "ar" ? "?lang=ar" : ""}`);
    await page.locator("textarea[name=text]").fill(ARABIC);
    await page.getByTestId("intake-preview-button").click();
    await expect(page.getByTestId("intake-preview")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the source tabs work with the keyboard: arrows move and select, the panel follows", async ({ page }) => {
  await page.goto("/workspace/new");
  await page.getByRole("tab", { name: "Paste text" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Upload a file" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Upload a file" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel(/File \(/)).toBeVisible();
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "From a URL" })).toBeFocused();
  await expect(page.getByLabel("Page address")).toBeVisible();
});

test("a script payload in an added article's text shows as text in the map's popup once its claim is accepted", async ({ page, baseURL }) => {
  // "In Syria, …": "pledged allegiance to al-Qaeda in Syria" reads as al-Qaeda's Syrian branch, not where.
  const text = `SYNTHETIC popup check. In Syria last August, dozens of ISIS fighters <script>window.__pwned='script'</script> pledged allegiance to al-Qaeda, according to synthetic sources.`;
  const origin = { Origin: new URL(baseURL!).origin };
  const saved = await page.request.post("/api/articles", { data: { text, title: `Popup ${PAYLOAD}`, published: "2017-11", lang: "en" }, headers: origin });
  expect(saved.status()).toBe(201);
  const { slug, claims } = (await saved.json()) as { slug: string; claims: { id: string }[] };
  expect(claims.length).toBeGreaterThan(0);
  for (const c of claims) {
    const res = await page.request.patch(`/api/claims/${slug}:${c.id}`, { data: { rev: 0, status: "accepted" }, headers: origin });
    expect(res.status()).toBe(200);
  }
  const d = new DashboardPage(page);
  // A pledge is drawn on the allegiance-shifts layer, shown by default.
  await d.open("?country=syr&kind=pledge");
  const row = d
    .table()
    .locator("tbody tr")
    .filter({ has: page.locator(`a[href*="${slug}"]`) })
    .first();
  await row.getByRole("button", { name: "Map" }).click();
  await expect(d.popup()).toContainText("<script>window.__pwned='script'</script>", { timeout: 20_000 });
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
});
