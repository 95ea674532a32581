/**
 * RFC 4180 CSV for spreadsheets: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break (quotes doubled), and a UTF-8 byte order mark so Excel reads Arabic as UTF-8.
 *
 * CSV injection: a cell starting with = + - @ TAB or CR is a formula to a spreadsheet, and
 * article text is untrusted, so such a cell gets a leading apostrophe (OWASP's advice). No
 * column here holds a number that could be negative (dates are "2017-08", counts none), so the
 * guard never mangles a value a reader would compute with.
 */
export const BOM = "\uFEFF";
const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string): string {
  const guarded = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The file's start: the byte order mark and the header line. */
export const csvHead = <C extends string>(columns: readonly C[]) => `${BOM}${columns.map(csvCell).join(",")}\r\n`;

/** Rows as lines, each ending in CRLF: a download is written a chunk of rows at a time. */
export const csvLines = <C extends string>(columns: readonly C[], rows: readonly Record<C, string>[]) =>
  rows.map((r) => `${columns.map((c) => csvCell(r[c])).join(",")}\r\n`).join("");

export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, string>[]): string {
  return csvHead(columns) + csvLines(columns, rows);
}
