/**
 * Article URLs come from whoever ran the ingest or edited a curation file: untrusted. Only
 * http(s) may become a link; `javascript:`, `data:`, `vbscript:` and every other scheme are
 * refused at ingest and curation (lib/schema/article.ts HttpUrl) and, for data written before
 * that rule, dropped again here before anything renders an href.
 */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "http:" || url.protocol === "https:";
}

/** The URL if it is an absolute http(s) URL, else undefined (render the text without a link). */
export function safeHref(value: string | undefined | null): string | undefined {
  return value && isHttpUrl(value) ? value : undefined;
}
