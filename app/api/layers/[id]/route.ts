import { handle } from "@/lib/api/errors";
import { conditionalResponse } from "@/lib/api/geojson-response";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { findLayer, layerBody } from "@/lib/layers/registry";

export const GET = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const def = findLayer(id);
  parseQuery(req.url, NoQuery);
  return conditionalResponse(req, layerBody(def), "application/geo+json", def.cacheControl);
});
