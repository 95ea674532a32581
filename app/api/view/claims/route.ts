import { parseClaimPageQuery } from "@/lib/api/claim-page-query";
import { handle } from "@/lib/api/errors";
import { actorOf, hasRole } from "@/lib/auth/guard";
import { loadClaimPage } from "@/lib/view/load-model";
import { filtersOf } from "@/lib/view/view-state";

/** A page of a view's claims as rows (the table), or of one mark's (`mark=`, a popup's cards). */
export const GET = handle(async (req: Request) => {
  const { view, page } = parseClaimPageQuery(req.url);
  // Proposed claims for signed-in editors only (issue 15); anyone else gets accepted claims.
  const actor = view.unreviewed ? await actorOf(req.headers) : null;
  if (actor && hasRole(actor, "editor"))
    return Response.json(await loadClaimPage(filtersOf(view), page, { unreviewed: true }), { headers: { "Cache-Control": "private, no-store" } });
  return Response.json(await loadClaimPage(filtersOf(view), page), { headers: { "Cache-Control": "no-cache", ...(view.unreviewed ? { Vary: "Cookie" } : {}) } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
