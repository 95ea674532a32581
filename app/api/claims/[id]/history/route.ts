import { handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { claimHistory } from "@/lib/review/claims-store";

/** GET: the claim and its audit trail, newest first (editors). */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  await requireRole(req, "editor");
  parseQuery(req.url, NoQuery);
  return Response.json(await claimHistory((await ctx.params).id), { headers: { "Cache-Control": "private, no-store" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
