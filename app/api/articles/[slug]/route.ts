import { ApiError, handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { loadArticleBundle } from "@/lib/articles/store";
import { Slug } from "@/lib/schema/article";

export const GET = handle(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  const valid = Slug.safeParse(slug);
  if (!valid.success) throw new ApiError("bad_request", `Malformed article slug: ${valid.error.issues[0]?.message}.`);
  parseQuery(req.url, NoQuery);
  const bundle = loadArticleBundle(valid.data);
  if (!bundle) throw new ApiError("not_found", `No article "${valid.data}". GET /api/articles lists them.`);
  const { article, claims, notes } = bundle;
  return Response.json({ article, claims, notes, curated: bundle.curated }, { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
