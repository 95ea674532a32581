import type { LayerDef } from "../layers/definitions";
import { findLayer, knownLayer, layerBody } from "../layers/registry";
import { conditionalResponse } from "./geojson-response";
import { NoQuery, parseQuery } from "./query";

function send(req: Request, def: LayerDef): Response | Promise<Response> {
  const body = layerBody(def);
  return body instanceof Promise
    ? body.then((b) => conditionalResponse(req, b, "application/geo+json", def.cacheControl))
    : conditionalResponse(req, body, "application/geo+json", def.cacheControl);
}

/** GET /api/layers/{id}: the layer's bytes, or 304. Throws ApiError for a bad or unknown id, or any query. */
export function layerResponse(req: Request, id: string): Response | Promise<Response> {
  const def = findLayer(id);
  parseQuery(req.url, NoQuery);
  return send(req, def);
}

const LAYER_PATH = /^\/api\/layers\/([^/]+)$/;

/**
 * The same answer for the requests that need no validation beyond an exact match: a GET of a
 * known layer id with no query. Anything else returns undefined and is left to the route
 * handler, which owns the errors. Called from proxy.ts (see there for why).
 */
export function plainLayerResponse(req: Request, url: URL): Response | Promise<Response> | undefined {
  if (req.method !== "GET" || url.search) return undefined;
  const id = LAYER_PATH.exec(url.pathname)?.[1];
  const def = id === undefined ? undefined : knownLayer(id);
  return def && send(req, def);
}
