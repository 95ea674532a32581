import { type NextRequest, NextResponse } from "next/server";
import { errorBody } from "@/lib/api/errors";
import { plainLayerResponse } from "@/lib/api/layer-response";
import { LANG_HEADER, langOfQuery } from "@/lib/i18n/request-lang";

/**
 * Runs before routing, for the paths in `config.matcher` only.
 *
 * Layers: a plain GET of a known layer is answered here, from the same cached bytes and the same
 * function as the route handler. Next's app-route pipeline costs more per request than the
 * layer's own work: under 50 concurrent clients the route served /api/layers/events at
 * 0.64-0.78x the rate of the same bytes as a static file, and from here at ~0.9x. The proxy's
 * bundle has its own copy of the layer cache, which follows the articles folder like the
 * route's. Everything else (errors, queries) goes on to the route handler.
 *
 * Malformed percent-escapes: a path like "/api/layers/%zz" makes Next fail while decoding route
 * params and answer a bare 500; those paths get the API's 400 JSON error here instead.
 *
 * Pages: the interface language of `?lang=` goes into a request header for the root layout,
 * which cannot read the query but must serve `<html lang dir>` right (lib/i18n/request-lang).
 */
export function proxy(req: NextRequest): Response | undefined {
  const path = req.nextUrl.pathname;
  if (!path.startsWith("/api/")) return withLangHeader(req);
  if (path.includes("%")) {
    try {
      path.split("/").forEach((seg) => decodeURIComponent(seg));
    } catch {
      return Response.json(errorBody("bad_request", "The path has a malformed percent-escape."), { status: 400, headers: { "Cache-Control": "no-store" } });
    }
  }
  return plainLayerResponse(req, req.nextUrl);
}

function withLangHeader(req: NextRequest): Response {
  const headers = new Headers(req.headers);
  headers.set(LANG_HEADER, langOfQuery(req.nextUrl.searchParams));
  return NextResponse.next({ request: { headers } });
}

// Pages: every path but the API, Next's own files and files with an extension (fonts, icons).
export const config = { matcher: ["/api/layers/:id", "/api/:path(.*%.*)", "/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)"] };
