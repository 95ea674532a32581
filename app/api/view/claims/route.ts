import { parseClaimPageQuery } from "@/lib/api/claim-page-query";
import { handle } from "@/lib/api/errors";
import { loadClaimPage } from "@/lib/view/load-model";
import { filtersOf } from "@/lib/view/view-state";

/** A page of a view's claims as rows (the table), or of one mark's (`mark=`, a popup's cards). */
export const GET = handle(async (req: Request) => {
  const { view, page } = parseClaimPageQuery(req.url);
  return Response.json(await loadClaimPage(filtersOf(view), page), { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
