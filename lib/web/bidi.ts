/**
 * User text (an article's title) in places with no markup to contain it. A title carrying U+202E
 * (right-to-left override) would reverse everything after it in the browser tab, including
 * " · Allegiance Atlas". In `<title>` only characters can isolate: drop the explicit embedding,
 * override and isolate controls, which have a scope that can leak (LRM and RLM are plain strong
 * characters with none, and are kept), then wrap the text in FSI … PDI so its direction is its own
 * and ends where it ends. In HTML headings `<bdi>` does the same job.
 */
const SCOPED_BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const FSI = "\u2068";
export const PDI = "\u2069";

export function isolateForTitle(text: string): string {
  return `${FSI}${text.replace(SCOPED_BIDI_CONTROLS, "")}${PDI}`;
}
