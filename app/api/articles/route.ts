import { z } from "zod";
import { errorBody, handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { listArticles } from "@/lib/data/corpus";
import { ArticleInput, MAX_TEXT_CHARS, submitArticle } from "@/lib/intake/submit";
import { readerLookup } from "@/lib/reader/load";

export const GET = handle(async (req: Request) => {
  parseQuery(req.url, NoQuery);
  return Response.json({ articles: await listArticles() }, { headers: { "Cache-Control": "no-cache" } });
});

const Flag = z
  .enum(["0", "1"])
  .optional()
  .transform((v) => v === "1");
const PostQuery = z.object({ dryRun: Flag, force: Flag });
const noStore = { "Cache-Control": "no-store" };

/** Adds an article (editors): 201 with its slug and proposed claims; ?dryRun=1 previews; 409 names a duplicate. */
export const POST = handle(async (req: Request) => {
  const actor = await requireRole(req, "editor");
  const { dryRun, force } = parseQuery(req.url, PostQuery);
  // Arabic is 2 bytes a letter in UTF-8: the byte limit leaves room for a 2 M-character text.
  const input = await readJson(req, ArticleInput, 2 * MAX_TEXT_CHARS + 64 * 1024);
  const { matchers, places, actors } = readerLookup();
  const out = await submitArticle(input, { dryRun, force, actor, matchers, arabic: { places, actors } });
  switch (out.kind) {
    case "preview":
      return Response.json({ preview: out.preview, duplicate: out.duplicate }, { headers: noStore });
    case "duplicate":
      return Response.json(
        {
          ...errorBody("conflict", `This article is already in the atlas as "${out.duplicate.title}" (${out.duplicate.slug}); add ?force=1 to save it anyway.`),
          duplicate: out.duplicate,
        },
        { status: 409, headers: noStore },
      );
    case "saved":
      return Response.json({ slug: out.slug, claims: out.claims, warnings: out.warnings }, { status: 201, headers: { ...noStore, Location: `/articles/${out.slug}` } });
  }
});

/** PUT, PATCH and DELETE: the API's 405, whose Allow names POST too. */
function notAllowed(req: Request): Response {
  const res = methodNotAllowed(req);
  res.headers.set("Allow", "GET, HEAD, OPTIONS, POST");
  return res;
}
export { notAllowed as DELETE, notAllowed as PATCH, notAllowed as PUT };
