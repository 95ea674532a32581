import AxeBuilder from "@axe-core/playwright";
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
    const results = await new AxeBuilder({ page }).exclude(".maplibregl-canvas").analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`)).toEqual([]);
  });
}
