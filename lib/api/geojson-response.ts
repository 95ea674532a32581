import { createHash } from "node:crypto";

/**
 * A body ready to send, computed once rather than on every request: its UTF-8 bytes (a string
 * would be encoded again for each response) and a validator.
 */
export type CachedBody = { body: Uint8Array<ArrayBuffer>; etag: string };

export function cachedBody(value: unknown): CachedBody {
  const body = new TextEncoder().encode(JSON.stringify(value));
  // A strong validator: the same bytes give the same tag on every server and every restart.
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  return { body, etag };
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim() === etag);
}

/**
 * Answers with the body, or 304 when the client already holds these bytes.
 * `cacheControl` says how long a client may reuse them without asking again.
 */
export function conditionalResponse(req: Request, cached: CachedBody, contentType: string, cacheControl: string): Response {
  const headers = { ETag: cached.etag, "Cache-Control": cacheControl, Vary: "Accept-Encoding" };
  if (matches(req.headers.get("if-none-match"), cached.etag)) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { status: 200, headers: { ...headers, "Content-Type": contentType, "Content-Length": String(cached.body.byteLength) } });
}
