import { handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { listLayers } from "@/lib/layers/registry";

export const GET = handle(async (req: Request) => {
  parseQuery(req.url, NoQuery);
  return Response.json({ layers: await listLayers() }, { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
