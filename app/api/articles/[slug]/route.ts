import { ApiError, handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { loadArticleBundle } from "@/lib/data/corpus";
import { Slug } from "@/lib/schema/article";

export const GET = handle(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  const valid = Slug.safeParse(slug);
  if (!valid.success) throw new ApiError("bad_request", `Malformed article slug: ${valid.error.issues[0]?.message}.`);
  parseQuery(req.url, NoQuery);
  const bundle = await loadArticleBundle(valid.data);
  if (!bundle) throw new ApiError("not_found", `No article "${valid.data}". GET /api/articles lists them.`);
  const { article, claims, notes, warnings } = bundle;
  // warnings: what the article's curation refers to that is not there (issue 17 item 2).
  return Response.json({ article, claims, notes, curated: bundle.curated, warnings }, { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
