import { handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { listOutlets } from "@/lib/grades/outlets";

/** GET: the outlets the articles name, with their reliability grade (editors). */
export const GET = handle(async (req: Request) => {
  await requireRole(req, "editor");
  parseQuery(req.url, NoQuery);
  return Response.json({ sources: await listOutlets() }, { headers: { "Cache-Control": "private, no-store" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
