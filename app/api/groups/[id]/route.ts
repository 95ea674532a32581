import { ApiError, handle } from "@/lib/api/errors";
import { layoutGraph } from "@/lib/groups/layout";
import { loadGroupProfile } from "@/lib/groups/load";
import { ActorId } from "@/lib/view/view-state";

/** A group's page as JSON: profile, allegiance graph and its layout; 404 for an id the lexicon lacks. */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  if (new URL(req.url).searchParams.size) throw new ApiError("bad_request", "this route takes no parameters");
  const parsed = ActorId.safeParse(id);
  if (!parsed.success) throw new ApiError("bad_request", `id: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const profile = await loadGroupProfile(parsed.data);
  if (!profile) throw new ApiError("not_found", `no group "${parsed.data}" in the lexicon`);
  return Response.json({ ...profile, layout: layoutGraph(profile.graph, profile.group.id) }, { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
