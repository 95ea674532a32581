import { DashboardPage } from "./dashboard.page";
import { expect, test } from "./fixtures";

// SYNTHETIC data: tests/e2e/serve.mjs ingests two differently worded reports of ISIS recruiting
// in Tal Afar (GeoNames 90393) on 10 July 2017, one from each of two outlets.
const TAL_AFAR = "recruitment-hotspots@city:90393";

test("the popup of a corroborated event lists every source's passage, as one event of two sources", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open(`?sel=${encodeURIComponent(TAL_AFAR)}`);
  const event = d.popup().getByTestId("event-sources");
  await expect(event).toContainText("One event, 2 reports from 2 independent sources");
  await expect(event.getByTestId("claim-card")).toHaveCount(2);
  for (const slug of ["synthetic-corroborated-wire", "synthetic-corroborated-paper"]) await expect(event.locator(`a[href*="/articles/${slug}"]`).first()).toBeVisible();
  await expect(event.getByTestId("grade-badge").first()).toHaveText("F6");
});

test("the table groups the two reports under one event when asked to, and the URL keeps it", async ({ page }) => {
  const d = new DashboardPage(page);
  await d.open();
  await page.getByTestId("group-by-event").check();
  await expect(page).toHaveURL(/[?&]group=event/);
  const header = d.table().getByTestId("event-group").filter({ hasText: "2 independent sources" });
  await expect(header).toHaveCount(1);
});
