import { errorBody } from "@/lib/api/errors";

/**
 * A path with a malformed percent-escape ("/api/layers/%zz") makes Next fail while decoding
 * route params and answer a bare 500. Only paths containing "%" reach this check, and those
 * that do not decode get the API's 400 JSON error instead.
 */
export function proxy(req: Request): Response | undefined {
  const path = new URL(req.url).pathname;
  try {
    path.split("/").forEach((seg) => decodeURIComponent(seg));
    return undefined;
  } catch {
    return Response.json(errorBody("bad_request", "The path has a malformed percent-escape."), { status: 400, headers: { "Cache-Control": "no-store" } });
  }
}

export const config = { matcher: "/api/:path(.*%.*)" };
