import { z } from "zod";
import { handle } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { listArticles } from "@/lib/articles/store";

export const GET = handle((req: Request) => {
  parseQuery(req.url, z.object({}));
  return Response.json({ articles: listArticles() }, { headers: { "Cache-Control": "no-cache" } });
});
