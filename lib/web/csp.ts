/**
 * The Content Security Policy of an HTML page, with a per-request nonce for scripts. Without
 * 'unsafe-inline' an injected `<script>` or `onerror=` does not run even if React's escaping were
 * bypassed; Next puts this nonce on its own inline bootstrap scripts and chunk tags when it finds
 * it in the request's Content-Security-Policy header (proxy.ts sets both).
 * 'self' still allows the app's own script files (chunks loaded later by import()). Styles keep
 * 'unsafe-inline': MapLibre and React set style attributes, and a style cannot run code.
 * next.config.js carries the same policy without the nonce for every response that is not a page.
 */
export function pageCsp(nonce: string, frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** Only the embed view may be framed, by anyone (the same rule as next.config.js FRAMEABLE). */
export function frameAncestorsFor(pathname: string): string {
  return pathname === "/embed" ? "*" : "'none'";
}

/** 128 random bits, base64: unguessable and new for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Requests answered with an HTML page (or its RSC payload): not the API, not Next's static files,
 * not public/ files (a dot in the last segment).
 */
export function isPagePath(pathname: string): boolean {
  if (pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/_next/")) return false;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return !last.includes(".");
}
