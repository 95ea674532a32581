import { expect, test } from "./fixtures";

// A synthetic 700-passage article (tests/e2e/serve.mjs): the reader shows 300 passages a page.
const SLUG = "synthetic-long";

async function passageAt(request: import("@playwright/test").APIRequestContext, index: number): Promise<string> {
  const res = await request.get(`/api/articles/${SLUG}?limit=1&page=${index + 1}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { article: { passages: { id: string }[] } }).article.passages[0]!.id;
}

test("a long article is read a page at a time, with links to the next and previous pages", async ({ page }) => {
  await page.goto(`/articles/${SLUG}`);
  await expect(page.locator("article [data-passage]")).toHaveCount(300);
  const pager = page.getByRole("navigation", { name: "Pages of the article" });
  await expect(pager).toContainText("Page 1 of 3 · passages 1–300 of 700");
  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}\\?page=2$`));
  await expect(page.getByRole("navigation", { name: "Pages of the article" })).toContainText("passages 301–600 of 700");
});

test("a link to a passage on another page lands on that passage, focused and highlighted", async ({ page, request }) => {
  const target = await passageAt(request, 650);
  await page.goto(`/articles/${SLUG}?lang=ar#${target}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}\\?lang=ar&page=3#${target}$`));
  const el = page.locator(`[id="${target}"]`);
  await expect(el).toBeFocused();
  await expect(el).toHaveClass(/passage-target/);
});
