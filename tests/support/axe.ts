import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * The page's serious and critical accessibility violations (axe), one line each with up to three
 * of the elements at fault, so a failing test says what to fix. `exclude` names what axe cannot
 * judge: the map's canvas (drawn pixels), Next's dev overlay.
 */
export async function seriousViolations(page: Page, exclude = ".maplibregl-canvas"): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude(exclude).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join("; ")})`,
    );
}
