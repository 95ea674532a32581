import { onlyAllows } from "@/lib/api/write-only";
import { z } from "zod";
import { handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { requireRole } from "@/lib/auth/guard";
import { gradeClaim } from "@/lib/grades/edit";
import { Credibility } from "@/lib/grades/scales";

const Body = z.object({ credibility: Credibility }).strict();

/** PATCH {credibility: 1..6}: grades a claim (editors; audited). Kept apart from the claim's own PATCH. */
export const PATCH = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await requireRole(req, "editor");
  const { credibility } = await readJson(req, Body);
  return Response.json(await gradeClaim((await ctx.params).id, credibility as 1 | 2 | 3 | 4 | 5 | 6, actor), { headers: { "Cache-Control": "no-store" } });
});

const other = onlyAllows("PATCH");
export { other as GET, other as POST, other as PUT, other as DELETE };
