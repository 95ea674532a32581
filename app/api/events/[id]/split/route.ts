import { onlyAllows } from "@/lib/api/write-only";
import { z } from "zod";
import { handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { requireRole } from "@/lib/auth/guard";
import { splitEvent } from "@/lib/events/edit";

const Body = z
  .object({
    claims: z
      .array(z.string().regex(/^c-[a-z0-9-]+$/, "a claim id"))
      .min(1)
      .max(2000),
  })
  .strict();

/** POST {claims: [...]}: these claims leave the event for one of their own (editors; audited). */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await requireRole(req, "editor");
  const { claims } = await readJson(req, Body);
  return Response.json(await splitEvent((await ctx.params).id, claims, actor), { headers: { "Cache-Control": "no-store" } });
});

const other = onlyAllows("POST");
export { other as GET, other as PATCH, other as PUT, other as DELETE };
