/**
 * Text into SVG. Everything that reaches the image from the data (article titles, place and
 * group names, summaries) is untrusted: it is escaped for text and attributes alike, and the
 * characters XML 1.0 cannot hold at all (control characters, lone surrogates) are dropped, since
 * no escape makes them well-formed.
 */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(INVALID, "").replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** ` name="value"` pairs, escaped; undefined and null values are left out. */
export function attrs(values: Record<string, string | number | undefined | null>): string {
  let out = "";
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    out += ` ${k}="${escapeXml(typeof v === "number" ? String(round(v)) : v)}"`;
  }
  return out;
}

export const round = (x: number) => Math.round(x * 100) / 100;

export const el = (name: string, a: Record<string, string | number | undefined | null>, children?: string) =>
  children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
