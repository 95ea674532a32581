import { z } from "zod";
import { ApiError, errorResponse, handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { fetchArticle } from "@/lib/intake/submit";
import { HttpUrl } from "@/lib/schema/article";

const Body = z.object({ url: HttpUrl }).strict();

/** The workspace's URL tab: the server fetches the page now and answers its text and prefill. */
export const POST = handle(async (req: Request) => {
  await requireRole(req, "editor");
  parseQuery(req.url, NoQuery);
  const { url } = await readJson(req, Body, 16 * 1024);
  return Response.json(await fetchArticle(url), { headers: { "Cache-Control": "no-store" } });
});

/** Every other method: the API's 405, whose Allow says this route takes POST only. */
function notAllowed(req: Request): Response {
  const res = errorResponse(new ApiError("method_not_allowed", `${req.method} is not allowed here; this route answers POST.`));
  res.headers.set("Allow", "POST");
  return res;
}
export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
