import { handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { listArticles } from "@/lib/data/corpus";

export const GET = handle(async (req: Request) => {
  parseQuery(req.url, NoQuery);
  return Response.json({ articles: await listArticles() }, { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
