import { handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { listArticles } from "@/lib/articles/store";

export const GET = handle((req: Request) => {
  parseQuery(req.url, NoQuery);
  return Response.json({ articles: listArticles() }, { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
