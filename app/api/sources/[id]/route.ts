import { onlyAllows } from "@/lib/api/write-only";
import { z } from "zod";
import { handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { requireRole } from "@/lib/auth/guard";
import { gradeOutlet } from "@/lib/grades/edit";
import { Reliability } from "@/lib/grades/scales";

const Body = z.object({ reliability: Reliability }).strict();

/** PATCH {reliability: "A".."F"}: grades an outlet (editors; audited). */
export const PATCH = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await requireRole(req, "editor");
  const { reliability } = await readJson(req, Body);
  return Response.json(await gradeOutlet((await ctx.params).id, reliability, actor), { headers: { "Cache-Control": "no-store" } });
});

const other = onlyAllows("PATCH");
export { other as GET, other as POST, other as PUT, other as DELETE };
