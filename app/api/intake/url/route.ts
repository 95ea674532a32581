import { z } from "zod";
import { handle } from "@/lib/api/errors";
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

export { DELETE, PATCH, PUT } from "@/lib/api/method-not-allowed";
export { methodNotAllowed as GET } from "@/lib/api/method-not-allowed";
