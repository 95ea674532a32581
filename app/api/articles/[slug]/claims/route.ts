import { ApiError, handle } from "@/lib/api/errors";
import { allowOnly } from "@/lib/api/allow-only";
import { readJson } from "@/lib/api/json-body";
import { requireRole } from "@/lib/auth/guard";
import { addClaim } from "@/lib/review/claims-store";
import { NewClaim } from "@/lib/review/edit";
import { Slug } from "@/lib/schema/article";

/** POST: a reviewer's new claim on a span of one of the article's passages → 201. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const actor = await requireRole(req, "editor");
  const slug = Slug.safeParse((await ctx.params).slug);
  if (!slug.success) throw new ApiError("bad_request", "Malformed article slug.");
  const input = await readJson(req, NewClaim);
  return Response.json(await addClaim(slug.data, input, actor), { status: 201, headers: { "Cache-Control": "no-store" } });
});

export const { GET, PUT, PATCH, DELETE } = allowOnly("POST");
