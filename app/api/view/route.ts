import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { loadWireModel } from "@/lib/view/load-model";
import { filtersOf } from "@/lib/view/view-state";

/** The dashboard's model for a set of filters: marks, timeline and counts, no geometry (lib/view/model-wire's form). */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, FILTER_PARAMS);
  return Response.json(await loadWireModel(filtersOf(view)), { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
