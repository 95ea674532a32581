import { z } from "zod";
import { allowOnly } from "@/lib/api/allow-only";
import { handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { requireRole } from "@/lib/auth/guard";
import { undoLast } from "@/lib/review/claims-store";

/** POST {rev}: undoes the claim's last recorded change (a claim a person added is removed again). */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await requireRole(req, "editor");
  const { rev } = await readJson(req, z.object({ rev: z.number().int().nonnegative() }).strict());
  const claim = await undoLast((await ctx.params).id, rev, actor);
  return Response.json({ claim }, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, PUT, PATCH, DELETE } = allowOnly("POST");
