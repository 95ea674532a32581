import type { NextRequest } from "next/server";
import { errorBody, errorResponse } from "@/lib/api/errors";
import { plainLayerResponse } from "@/lib/api/layer-response";

/**
 * Runs before routing, for the paths in `config.matcher` only.
 *
 * Layers: a plain GET of a known layer is answered here, from the same cached bytes and the same
 * function as the route handler. Next's app-route pipeline costs more per request than the
 * layer's own work: under 50 concurrent clients the route served /api/layers/events at
 * 0.64-0.78x the rate of the same bytes as a static file, and from here at ~0.9x. The proxy and
 * the route share one layer cache (on globalThis, lib/layers/registry.ts), keyed on the corpus
 * version in the database. Everything else (errors, queries) goes on to the route handler.
 *
 * Malformed percent-escapes: a path like "/api/layers/%zz" makes Next fail while decoding route
 * params and answer a bare 500; those paths get the API's 400 JSON error here instead.
 */
export function proxy(req: NextRequest): Promise<Response> | Response | undefined {
  const path = req.nextUrl.pathname;
  if (path.includes("%")) {
    try {
      path.split("/").forEach((seg) => decodeURIComponent(seg));
    } catch {
      return Response.json(errorBody("bad_request", "The path has a malformed percent-escape."), { status: 400, headers: { "Cache-Control": "no-store" } });
    }
  }
  // A store fault (database unreachable) answers the API's JSON error, not Next's bare text 500.
  try {
    const res = plainLayerResponse(req, req.nextUrl);
    return res instanceof Promise ? res.catch(errorResponse) : res;
  } catch (e) {
    return errorResponse(e);
  }
}

export const config = { matcher: ["/api/layers/:id", "/api/:path(.*%.*)"] };
