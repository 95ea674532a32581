import { expect, test, waitForMap } from "./fixtures";

test("printing the dashboard keeps the map, legend, sources and the view's URL, on one A4 landscape page", async ({ page }) => {
  await page.goto("/?kind=recruitment");
  await waitForMap(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("atlas-map")).toBeVisible();
  await expect(page.getByTestId("legend")).toBeVisible();
  await expect(page.getByTestId("filters")).toBeHidden();
  await expect(page.getByTestId("claims-table")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const footer = page.getByTestId("print-footer");
  await expect(footer).toBeVisible();
  await expect(footer).toContainText("kind=recruitment");
  await expect(footer).toContainText("Natural Earth");
  // Chromium's own print path: the @page rule makes it one landscape A4 sheet.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
  expect(Number(box?.[1])).toBeCloseTo(841.9, 0); // 297 mm wide
  expect(Number(box?.[2])).toBeCloseTo(595.3, 0); // 210 mm high
});

test("printing in Arabic keeps the map's credits (mirrored to bottom-left) and drops its zoom buttons", async ({ page }) => {
  await page.goto("/?lang=ar");
  await waitForMap(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".maplibregl-ctrl-attrib")).toBeVisible();
  await expect(page.getByRole("button", { name: "Zoom in" })).toBeHidden();
});
