/**
 * The origin a client reached the app at. Next hands route handlers a URL on its own listening
 * address (http://localhost:PORT), not the one the client used, so the Host header decides
 * (and X-Forwarded-Proto, when a proxy in front terminates TLS). Only the requester's own
 * answer depends on it: a client that sends another Host is told about that host, nothing more.
 */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get("host");
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.slice(0, -1);
  if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host)) return url.origin;
  return new URL(`${scheme}://${host}`).origin;
}
