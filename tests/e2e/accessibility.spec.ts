import { seriousViolations } from "../support/axe";
import { expect, test, waitForMap } from "./fixtures";

// axe-core on the pages of the dashboard issue, in both interface languages: no serious or
// critical violation. The map canvas itself is excluded (its text alternative is checked).
const PAGES = [
  { path: "/", map: true },
  { path: "/?lang=ar", map: true },
  { path: "/articles", map: false },
  { path: "/articles/000_40a8f3811f703089", map: false },
  { path: "/articles/000_40a8f3811f703089?lang=ar", map: false },
  { path: "/embed?lang=ar", map: true },
  { path: "/countries/syr?lang=ar", map: false },
  { path: "/about", map: false },
  { path: "/about?lang=ar", map: false },
];

for (const { path, map } of PAGES) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    if (map) await waitForMap(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
