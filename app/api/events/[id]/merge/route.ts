import { onlyAllows } from "@/lib/api/write-only";
import { z } from "zod";
import { handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { requireRole } from "@/lib/auth/guard";
import { mergeEvents } from "@/lib/events/edit";

const Body = z.object({ with: z.string().regex(/^e-[a-z0-9-]+$/, "an event id") }).strict();

/** POST {with: eventId}: the two events become one (editors; audited). */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await requireRole(req, "editor");
  const body = await readJson(req, Body);
  return Response.json(await mergeEvents((await ctx.params).id, body.with, actor), { headers: { "Cache-Control": "no-store" } });
});

const other = onlyAllows("POST");
export { other as GET, other as PATCH, other as PUT, other as DELETE };
