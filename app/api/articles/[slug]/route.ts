import { z } from "zod";
import { ApiError, handle } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { deleteArticle } from "@/lib/review/claims-store";
import { loadArticleBundle } from "@/lib/data/corpus";
import { API_PAGE, articlePage } from "@/lib/reader/article-page";
import { PassageIdParam } from "@/lib/reader/pages";
import { Slug } from "@/lib/schema/article";

const positive = (max: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,6}$/, "a positive whole number")
    .transform(Number)
    .refine((n) => n <= max, `at most ${max}`);

/** `?page=` and `?limit=` page through the passages; `?passage=` picks the page that holds one. */
const Query = z
  .object({ page: positive(1_000_000).optional(), limit: positive(API_PAGE.maxLimit).optional(), passage: PassageIdParam.optional() })
  .refine((q) => q.page === undefined || q.passage === undefined, "give page or passage, not both");

export const GET = handle(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  const valid = Slug.safeParse(slug);
  if (!valid.success) throw new ApiError("bad_request", `Malformed article slug: ${valid.error.issues[0]?.message}.`);
  const q = parseQuery(req.url, Query);
  const bundle = await loadArticleBundle(valid.data);
  if (!bundle) throw new ApiError("not_found", `No article "${valid.data}". GET /api/articles lists them.`);
  const page = articlePage(bundle, q);
  if (!page) {
    throw new ApiError("not_found", q.passage ? `No passage "${q.passage}" in article "${valid.data}".` : `Article "${valid.data}" has no page ${q.page}.`);
  }
  const { article, claims, notes, warnings, paging } = page;
  // warnings: what the article's curation refers to that is not there (issue 17 item 2).
  return Response.json({ article, claims, notes, curated: bundle.curated, warnings, paging }, { headers: { "Cache-Control": "no-cache" } });
});

/** DELETE (admins): the article and its claims; the audit trail keeps what was deleted. */
export const DELETE = handle(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const actor = await requireRole(req, "admin");
  const valid = Slug.safeParse((await ctx.params).slug);
  if (!valid.success) throw new ApiError("bad_request", "Malformed article slug.");
  await deleteArticle(valid.data, actor);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

export { PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
