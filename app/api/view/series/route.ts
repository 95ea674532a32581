import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { actorOf, hasRole } from "@/lib/auth/guard";
import { loadSeries } from "@/lib/time/load-series";
import { PARAM } from "@/lib/view/url-codec";
import { filtersOf } from "@/lib/view/view-state";

/**
 * A view's counts over time (lib/time/series): fetched once per view, so playback steps are
 * computed in the browser. Takes the view's filters; `at`, `play` and `window` are accepted (the
 * same URL as /api/view) and ignored, since the series spans every month.
 */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, [...FILTER_PARAMS, PARAM.unreviewed]);
  const actor = view.unreviewed ? await actorOf(req.headers) : null;
  if (actor && hasRole(actor, "editor")) return Response.json(await loadSeries(filtersOf(view), { unreviewed: true }), { headers: { "Cache-Control": "private, no-store" } });
  return Response.json(await loadSeries(filtersOf(view)), { headers: { "Cache-Control": "no-cache", ...(view.unreviewed ? { Vary: "Cookie" } : {}) } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
