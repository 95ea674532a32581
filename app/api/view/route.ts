import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { actorOf, hasRole } from "@/lib/auth/guard";
import { loadWireModel } from "@/lib/view/load-model";
import { PARAM } from "@/lib/view/url-codec";
import { filtersOf } from "@/lib/view/view-state";

/** The dashboard's model for a set of filters: marks, timeline and counts, no geometry (lib/view/model-wire's form). */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, [...FILTER_PARAMS, PARAM.unreviewed]);
  // Proposed claims for signed-in editors only; anyone else asking gets the public (accepted) view.
  const actor = view.unreviewed ? await actorOf(req.headers) : null;
  if (actor && hasRole(actor, "editor")) return Response.json(await loadWireModel(filtersOf(view), { unreviewed: true }), { headers: { "Cache-Control": "private, no-store" } });
  return Response.json(await loadWireModel(filtersOf(view)), { headers: { "Cache-Control": "no-cache", ...(view.unreviewed ? { Vary: "Cookie" } : {}) } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
