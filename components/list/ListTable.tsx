import type { ReactNode } from "react";

/** One column of a list: its heading and how its cells sit. */
export type ListColumn = {
  label: ReactNode;
  /** Figures sit at the end (right in English, left in Arabic) in tabular digits. Default false. */
  figure?: boolean;
  /** Heading read by screen readers only, for a column of links that says what it is by itself. */
  hiddenLabel?: boolean;
  /** Extra classes for the heading and every cell of the column (e.g. "ps-4"). */
  className?: string;
};

/** One item: its name (the row's header), then one cell per further column. */
export type ListRow = {
  key: string;
  head: ReactNode;
  cells: ReactNode[];
  /** Nesting level: a branch under its parent group is indented once. Default 0. */
  depth?: number;
  /** `data-*` attributes that tests and links find the row by (`data-group`, `data-iso3`, ...). */
  data?: Record<`data-${string}`, string | undefined>;
};

/**
 * The table of a list page (groups, countries, outlets): a header row, then one row per item
 * whose first cell names it (a row header, so a screen reader announces it with each figure).
 */
export function ListTable({ columns, rows, testId, className }: { columns: [ListColumn, ...ListColumn[]]; rows: ListRow[]; testId: string; className?: string }) {
  const [first, ...rest] = columns;
  const place = (c: ListColumn) => [c.figure ? "text-end tabular-nums" : "text-start", c.className].filter(Boolean).join(" ");
  return (
    <table className={["w-full text-start text-sm", className].filter(Boolean).join(" ")} data-testid={testId}>
      <thead className="border-b border-stone-300 text-stone-600">
        <tr>
          <th scope="col" className="py-2 text-start">
            {first.label}
          </th>
          {rest.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed, in order.
            <th key={i} scope="col" className={place(c)}>
              {c.hiddenLabel ? <span className="sr-only">{c.label}</span> : c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-stone-200" {...r.data}>
            <th scope="row" className="py-2 text-start font-medium" style={r.depth ? { paddingInlineStart: `${r.depth * 1.25}rem` } : undefined}>
              {r.head}
            </th>
            {r.cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column.
              <td key={i} className={place(rest[i] ?? first)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
