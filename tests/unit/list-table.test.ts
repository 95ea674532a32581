import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type ListColumn, type ListRow, ListTable } from "@/components/list/ListTable";

const COLUMNS: [ListColumn, ...ListColumn[]] = [{ label: "Group" }, { label: "Parent" }, { label: "Claims", figure: true }, { label: "Compare", hiddenLabel: true }];
const ROWS: ListRow[] = [
  { key: "isis", head: "ISIS", cells: ["", 12, "compare"], data: { "data-group": "isis" } },
  { key: "iswap", head: "ISWAP", cells: ["ISIS", 3, "compare"], depth: 1, data: { "data-group": "iswap" } },
];
const render = () => renderToStaticMarkup(createElement(ListTable, { columns: COLUMNS, rows: ROWS, testId: "groups-table" }));

describe("a list page's table", () => {
  it("names each item in a row header, so a screen reader announces it with each figure", () => {
    expect(render()).toContain('<tr class="border-b border-stone-200" data-group="isis"><th scope="row" class="py-2 text-start font-medium">ISIS</th>');
  });

  it("sets a figure column at the reading end in tabular digits, heading and cells alike", () => {
    const html = render();
    expect(html).toContain('<th scope="col" class="text-end tabular-nums">Claims</th>');
    expect(html).toContain('<td class="text-end tabular-nums">12</td>');
  });

  it("indents a branch under its parent by its depth", () => {
    expect(render()).toContain('<th scope="row" class="py-2 text-start font-medium" style="padding-inline-start:1.25rem">ISWAP</th>');
  });

  it("keeps a hidden heading for screen readers", () => {
    expect(render()).toContain('<span class="sr-only">Compare</span>');
  });
});
