import { handle } from "@/lib/api/errors";
import { allowOnly } from "@/lib/api/allow-only";
import { readJson } from "@/lib/api/json-body";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { editClaim, getClaim } from "@/lib/review/claims-store";
import { ClaimEdit } from "@/lib/review/edit";

type Ctx = { params: Promise<{ id: string }> };

/** GET: a claim with its review state and revision (editors). PATCH: status or edited fields. */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  await requireRole(req, "editor");
  parseQuery(req.url, NoQuery);
  return Response.json(await getClaim((await ctx.params).id), { headers: { "Cache-Control": "private, no-store" } });
});

export const PATCH = handle(async (req: Request, ctx: Ctx) => {
  const actor = await requireRole(req, "editor");
  const edit = await readJson(req, ClaimEdit);
  return Response.json(await editClaim((await ctx.params).id, edit, actor), { headers: { "Cache-Control": "no-store" } });
});

export const { POST, PUT, DELETE } = allowOnly("GET", "PATCH");
