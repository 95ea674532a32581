/**
 * The href of a page's oEmbed discovery link, `<link rel="alternate"
 * type="application/json+oembed" href="…">`: the endpoint on the page's own origin with the
 * page's full URL (its view) as `url`.
 */
export const OEMBED_PATH = "/api/oembed";

export function oembedDiscoveryHref(pageUrl: string): string {
  const page = new URL(pageUrl);
  const q = new URLSearchParams({ url: page.href, format: "json" });
  return `${page.origin}${OEMBED_PATH}?${q}`;
}
