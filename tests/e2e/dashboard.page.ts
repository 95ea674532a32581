import type { Page } from "@playwright/test";
import { expect, waitForMap } from "./fixtures";

/** The dashboard as a person sees it: found by role, label and test id, never by CSS classes. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  map = () => this.page.getByTestId("atlas-map");
  popup = () => this.page.getByTestId("mark-popup");
  table = () => this.page.getByTestId("claims-table");
  legendCount = (layer: string) => this.page.getByTestId(`count-${layer}`);

  async open(query = "") {
    await this.page.goto(`/${query}`);
    await waitForMap(this.page);
  }

  async filterKind(label: string) {
    await this.page.getByTestId("filter-kind").locator("summary").click();
    await this.page.getByTestId("filter-kind").getByLabel(label).check();
  }

  /** Clicks the middle of the map (tests open a view centred on what they click). */
  async clickMapCentre() {
    const box = (await this.map().boundingBox())!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async expectRowsAllOfKind(kind: string) {
    const rows = this.table().locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const cell of await rows.locator("td:nth-child(2)").allTextContents()) expect(cell).toBe(kind);
  }
}
