import { seriousViolations } from "../support/axe";
import type { Page } from "@playwright/test";
import { expect, test, waitForMap } from "./fixtures";

/**
 * The workspace as an editor uses it (issue 15): sign in, review with the keyboard alone, and
 * find exactly the accepted claims on the public dashboard. serve.mjs made the editor and the
 * article "review-copy", whose claims all wait for review.
 */
const EDITOR = { email: "editor@example.org", password: "review the map at dawn" };

async function signIn(page: Page, next = "/workspace") {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => u.pathname === new URL(next, "http://x").pathname);
}

test("an anonymous visitor of /workspace is sent to sign in, and comes back after", async ({ page }) => {
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/signin\?next=%2Fworkspace/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the workspace");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signin-form").getByRole("alert")).toHaveText("The email or password is wrong.");
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(EDITOR.email);
});

test("an editor accepts two claims and rejects one with the keyboard, and the dashboard shows exactly the accepted ones", async ({ page }) => {
  await signIn(page, "/workspace/review?article=review-copy");
  const items = page.getByTestId("review-item");
  await expect(items.first()).toBeVisible();
  const before = await items.count();
  expect(before).toBeGreaterThanOrEqual(3);
  const keyOf = async () => (await page.locator('[data-testid="review-item"][data-focused]').getAttribute("data-claim"))!;

  // The help overlay opens with ? and closes with Escape.
  await page.keyboard.press("?");
  await expect(page.getByTestId("keyboard-help")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("keyboard-help")).toBeHidden();

  const accepted: string[] = [];
  const first = await keyOf();
  await page.keyboard.press("a");
  await expect(page.locator(`[data-claim="${first}"]`)).toHaveCount(0);
  accepted.push(first);
  // j moves to the next claim; k back.
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  const second = await keyOf();
  await page.keyboard.press("a");
  await expect(page.locator(`[data-claim="${second}"]`)).toHaveCount(0);
  accepted.push(second);
  const third = await keyOf();
  await page.keyboard.press("r");
  await expect(page.locator(`[data-claim="${third}"]`)).toHaveCount(0);
  await expect(items).toHaveCount(before - 3);

  await page.goto("/");
  await waitForMap(page);
  const rows = page.getByTestId("claims-table").locator('tbody tr:has(a[href^="/articles/review-copy"])');
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim")));
  expect(shown.sort()).toEqual(accepted.map((k) => k.split(":")[1]).sort());
});

for (const lang of ["en", "ar"]) {
  test(`/signin and /workspace/review have no serious or critical accessibility violations (${lang})`, async ({ page }) => {
    const q = lang === "ar" ? "?lang=ar" : "";
    await page.goto(`/signin${q}`);
    const bad = () => seriousViolations(page, "nextjs-portal");
    expect(await bad()).toEqual([]);
    await signIn(page, "/workspace/review");
    await page.goto(`/workspace/review${q}`);
    await expect(page.getByTestId("review-item").first()).toBeVisible();
    expect(await bad()).toEqual([]);
    await page.keyboard.press("?");
    expect(await bad()).toEqual([]);
  });
}
