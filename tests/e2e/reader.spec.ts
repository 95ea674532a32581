import { expect, test } from "./fixtures";

const SLUG = "000_40a8f3811f703089";

type Api = { article: { passages: { id: string; glossEn?: string }[] }; claims: { passageId: string; countries: string[] }[] };

async function seed(request: import("@playwright/test").APIRequestContext): Promise<Api> {
  const res = await request.get(`/api/articles/${SLUG}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Api;
}

test("the index lists the seed article and opens it, passages right to left", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/articles");
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  const link = page.locator(`li[data-article="${SLUG}"] a`).first();
  await expect(link).toHaveAttribute("lang", "ar");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}$`));
  const article = page.locator("article");
  await expect(article).toHaveAttribute("lang", "ar");
  await expect(article).toHaveAttribute("dir", "rtl");
  const passages = article.locator("[data-passage]");
  await expect(passages).toHaveCount(18);
  expect(await passages.first().evaluate((el) => getComputedStyle(el.querySelector("p")!).direction)).toBe("rtl");
  // The interface stays English and left to right around it.
  await expect(page.locator("div[dir]").first()).toHaveAttribute("dir", "ltr");
  await expect(page.getByText("English gloss (translation)").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("a passage link scrolls to the passage, highlights it and moves focus there", async ({ page, request }) => {
  const { article } = await seed(request);
  const target = article.passages[12]!.id;
  await page.goto(`/articles/${SLUG}#${target}`);
  const el = page.locator(`[id="${target}"]`);
  await expect(el).toBeFocused();
  await expect(el).toHaveClass(/passage-target/);
  await expect(el).toBeInViewport();
  expect(await el.evaluate((e) => e.matches(":target"))).toBe(true);

  // Following another passage link on the same page moves focus and the highlight along.
  const next = article.passages[3]!.id;
  await page.evaluate((id) => (window.location.hash = id), next);
  const nextEl = page.locator(`[id="${next}"]`);
  await expect(nextEl).toBeFocused();
  await expect(nextEl).toHaveClass(/passage-target/);
  await expect(nextEl).toBeInViewport();
  await expect(el).not.toHaveClass(/passage-target/);
});

test("the language switch keeps the passage, and the interface turns Arabic", async ({ page, request }) => {
  const { article } = await seed(request);
  const target = article.passages[5]!.id;
  await page.goto(`/articles/${SLUG}#${target}`);
  await expect(page.locator(`[id="${target}"]`)).toBeFocused();
  await page.getByRole("banner").getByRole("link", { name: "العربية", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}\\?lang=ar#${target}$`));
  await expect(page.locator("div[dir]").first()).toHaveAttribute("dir", "rtl");
  await expect(page.locator(`[id="${target}"]`)).toBeFocused();
  await expect(page.getByText("ترجمة إنجليزية").first()).toBeVisible();
  // Links back to the map keep the language.
  const placeHref = await page.locator("a[data-mention=place]").first().getAttribute("href");
  expect(placeHref).toMatch(/^\/\?country=[A-Z]{3}(%2C[A-Z]{3})*&lang=ar$/);
});

test("place and group mentions link to the map filtered on them", async ({ page, request }) => {
  const { claims } = await seed(request);
  await page.goto(`/articles/${SLUG}`);
  const actorHref = await page.locator("a[data-mention=actor][data-id=isis]").first().getAttribute("href");
  expect(actorHref).toBe("/?actor=isis");
  // Every claim with a country offers the map filtered to its kind and countries.
  const withCountry = claims.filter((c) => c.countries.length > 0).length;
  await expect(page.getByRole("link", { name: /^Show on map/ })).toHaveCount(withCountry);
  const place = page.locator("a[data-mention=place]").first();
  const href = await place.getAttribute("href");
  expect(href).toMatch(/^\/\?country=[A-Z]{3}/);
  await place.click();
  await page.waitForURL((u) => u.pathname === "/" && /^[A-Z]{3}/.test(u.searchParams.get("country") ?? ""));
});

test("claim quotes are marked in the passage text", async ({ page, request }) => {
  const { claims } = await seed(request);
  await page.goto(`/articles/${SLUG}`);
  const first = claims[0]!;
  const marks = page.locator(`[id="${first.passageId}"] mark`);
  expect(await marks.count()).toBeGreaterThan(0);
  await expect(page.locator(`[id="${first.passageId}"] li[data-claim]`).first()).toBeVisible();
});

test("glosses can be hidden and shown again", async ({ page }) => {
  await page.goto(`/articles/${SLUG}`);
  await page.getByRole("link", { name: "Hide English glosses" }).click();
  await expect(page).toHaveURL(/gloss=0/);
  await expect(page.getByText("English gloss (translation)")).toHaveCount(0);
  await page.getByRole("link", { name: "Show English glosses" }).click();
  await expect(page.getByText("English gloss (translation)").first()).toBeVisible();
});

test("an unknown or malformed article is a friendly 404 that leads to the list", async ({ page }) => {
  for (const slug of ["no-such-article", "BAD%20slug"]) {
    const res = await page.goto(`/articles/${slug}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "No such article" })).toBeVisible();
  }
  await page.getByRole("link", { name: "All articles" }).click();
  await expect(page).toHaveURL(/\/articles$/);
});

test("landmarks, one h1, named links and a working skip link", async ({ page }) => {
  await page.goto(`/articles/${SLUG}`);
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("navigation")).toHaveCount(1);
  await expect(page.locator("h1")).toHaveCount(1);
  const unnamed = await page.locator("a").evaluateAll((as) => as.filter((a) => !(a.textContent ?? "").trim() && !a.getAttribute("aria-label")).length);
  expect(unnamed).toBe(0);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the article" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
});

test("in Arabic, the reader words every claim and its source in Arabic", async ({ page }) => {
  await page.goto(`/articles/${SLUG}?lang=ar`);
  const summaries = page.getByTestId("reader-claim-summary");
  await expect(summaries.first()).toBeVisible();
  for (const text of await summaries.allInnerTexts()) expect(text).not.toMatch(/[A-Za-z]/);
  const sources = page.getByTestId("attribution");
  await expect(sources.first()).toBeVisible();
  for (const text of await sources.allInnerTexts()) expect(text).not.toMatch(/[A-Za-z]/);
  await expect(sources.filter({ hasText: "مصادر في الأمن الداخلي الجزائري، عبر الغارديان" }).first()).toBeVisible();
});
