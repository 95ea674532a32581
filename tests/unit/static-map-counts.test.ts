import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { staticMapInput } from "@/lib/static-map/load";
import { renderStaticSvg } from "@/lib/static-map/render-svg";
import { loadDashboardModel } from "@/lib/view/load-model";
import { DEFAULT_VIEW, filtersOf } from "@/lib/view/view-state";

const SIZE = { width: 1200, height: 800 };
const groupText = (svg: string, id: string) => {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const g = Array.from(doc.getElementsByTagName("g")).find((x) => x.getAttribute("id") === id)!;
  return Array.from(g.getElementsByTagName("text"))
    .map((t) => t.textContent)
    .join("");
};

describe("static map subtitle counts", () => {
  it("states the view's counts as the dashboard table does (claims and claim–place rows), not the claims drawn", async () => {
    const input = await staticMapInput({ ...DEFAULT_VIEW, actors: ["isis"] }, SIZE);
    const svg = renderStaticSvg({ ...input, counts: { claims: 19, claimPlaceRows: 23 } });
    expect(groupText(svg, "title")).toContain("19 claims · 23 claim–place rows");
  });

  it("takes those counts from the dashboard model of the same filters", async () => {
    const view = { ...DEFAULT_VIEW, actors: ["isis"] };
    const model = await loadDashboardModel(filtersOf(view));
    expect((await staticMapInput(view, SIZE)).counts).toEqual({ claims: model.claimsTotal, claimPlaceRows: model.claimPlaceRows });
  });

  it("credits each source with its claims in the view, so the source counts add up to the subtitle's", async () => {
    const input = await staticMapInput({ ...DEFAULT_VIEW, actors: ["isis"] }, SIZE);
    expect(input.sources.reduce((n, s) => n + s.claims, 0)).toBe(input.counts.claims);
  });
});
