import { type NextRequest, NextResponse } from "next/server";
import { errorBody } from "@/lib/api/errors";
import { plainLayerResponse } from "@/lib/api/layer-response";
import { frameAncestorsFor, isPagePath, newNonce, pageCsp } from "@/lib/web/csp";

/**
 * Runs before routing, for every path but Next's hashed static files (`config.matcher`). Each
 * concern is its own function; the first that answers wins, the nonce is set on what is left.
 */
export function proxy(req: NextRequest): Response | undefined {
  return malformedEscape(req) ?? plainLayerResponse(req, req.nextUrl) ?? withScriptNonce(req);
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
 * Pages get a script nonce instead of 'unsafe-inline' (lib/web/csp.ts). Next reads the nonce
 * from the Content-Security-Policy header of the request it is handed and stamps it on its
 * scripts; the browser reads it from the response. Pages therefore render per request
 * (app/layout.tsx is dynamic). Production only: dev mode needs eval for hot reload.
 *
 * (Layers, plainLayerResponse in lib/api/layer-response.ts: a plain GET of a known layer is
 * answered here, from the same cached bytes as the route handler, because Next's app-route
 * pipeline cost more per request than the layer's own work: ~0.7x the rate of a static file from
 * the route, ~0.9x from here.)
 */
function withScriptNonce(req: NextRequest): Response | undefined {
  if (process.env.NODE_ENV !== "production" || !isPagePath(req.nextUrl.pathname)) return undefined;
  const policy = pageCsp(newNonce(), frameAncestorsFor(req.nextUrl.pathname));
  const headers = new Headers(req.headers);
  headers.set("Content-Security-Policy", policy);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", policy);
  return res;
}

// Everything except Next's hashed build files, which are never pages and never carry escapes.
export const config = { matcher: ["/((?!_next/static/|_next/image).*)"] };
