/**
 * One article's address written many ways is one address: scheme (http = https), host case,
 * "www.", default port, trailing slash, utm_* and other tracking parameters, and the fragment do
 * not make a different article. The remaining query is kept and sorted: on many news sites it
 * is the article's id.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$/i;

export function normalizeArticleUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  const path = u.pathname.replace(/\/+$/, "") || "";
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const port = u.port && u.port !== "80" && u.port !== "443" ? `:${u.port}` : "";
  return `${host}${port}${path}${query}`;
}
