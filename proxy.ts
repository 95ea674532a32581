import { type NextRequest, NextResponse } from "next/server";
import { errorBody, errorResponse } from "@/lib/api/errors";
import { plainLayerResponse } from "@/lib/api/layer-response";
import { LANG_HEADER, langOfQuery } from "@/lib/i18n/request-lang";
import { frameAncestorsFor, isPagePath, newNonce, pageCsp } from "@/lib/web/csp";

/**
 * Runs before routing, for every path but Next's hashed static files (`config.matcher`). Each
 * concern is its own function; the first that answers wins, and a page request goes on with its
 * request headers set (language, script nonce).
 */
export function proxy(req: NextRequest): Promise<Response> | Response | undefined {
  return malformedEscape(req) ?? plainLayer(req) ?? pageRequest(req);
}

/**
 * Layers: a plain GET of a known layer is answered here, from the same cached bytes and the same
 * function as the route handler. Next's app-route pipeline costs more per request than the
 * layer's own work: under 50 concurrent clients the route served /api/layers/events at
 * 0.64-0.78x the rate of the same bytes as a static file, and from here at ~0.9x. The proxy and
 * the route share one layer cache (on globalThis, lib/layers/registry.ts), keyed on the corpus
 * version in the database. Everything else (errors, queries) goes on to the route handler. A
 * store fault (database unreachable) answers the API's JSON error, not Next's bare text 500.
 */
function plainLayer(req: NextRequest): Promise<Response> | Response | undefined {
  try {
    const res = plainLayerResponse(req, req.nextUrl);
    return res instanceof Promise ? res.catch(errorResponse) : res;
  } catch (e) {
    return errorResponse(e);
  }
}

/**
 * Malformed percent-escapes: a path like "/api/layers/%zz" or "/articles/%zz" makes Next fail
 * while decoding route params and answer a bare text 500 with none of the security headers; every
 * such path gets the API's 400 JSON error here instead (next.config.js adds the headers).
 */
function malformedEscape(req: NextRequest): Response | undefined {
  const path = req.nextUrl.pathname;
  if (!path.includes("%")) return undefined;
  try {
    for (const seg of path.split("/")) decodeURIComponent(seg);
    return undefined;
  } catch {
    return Response.json(errorBody("bad_request", "The path has a malformed percent-escape."), { status: 400, headers: { "Cache-Control": "no-store" } });
  }
}

/**
 * Pages: the interface language of `?lang=` goes into a request header for the root layout, which
 * cannot read the query but must serve `<html lang dir>` right (lib/i18n/request-lang); and, in
 * production, a script nonce instead of 'unsafe-inline' (lib/web/csp.ts). Next reads the nonce
 * from the Content-Security-Policy header of the request it is handed and stamps it on its
 * scripts; the browser reads it from the response. Pages therefore render per request
 * (app/layout.tsx is dynamic). Dev mode needs eval for hot reload, so it keeps next.config's CSP.
 */
function pageRequest(req: NextRequest): Response | undefined {
  if (!isPagePath(req.nextUrl.pathname)) return undefined;
  const headers = new Headers(req.headers);
  headers.set(LANG_HEADER, langOfQuery(req.nextUrl.searchParams));
  if (process.env.NODE_ENV !== "production") return NextResponse.next({ request: { headers } });
  const policy = pageCsp(newNonce(), frameAncestorsFor(req.nextUrl.pathname));
  headers.set("Content-Security-Policy", policy);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", policy);
  return res;
}

// Everything except Next's hashed build files, which are never pages and never carry escapes.
export const config = { matcher: ["/((?!_next/static/|_next/image).*)"] };
