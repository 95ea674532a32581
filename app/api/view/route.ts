import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { loadDashboardModel } from "@/lib/view/load-model";
import { filtersOf } from "@/lib/view/view-state";

/** The dashboard's model for a set of filters: marks, claims, timeline and counts, no geometry. */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, FILTER_PARAMS);
  return Response.json(await loadDashboardModel(filtersOf(view)), { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
