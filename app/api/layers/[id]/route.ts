import { handle } from "@/lib/api/errors";
import { layerResponse } from "@/lib/api/layer-response";

// Most GETs of a layer are answered by proxy.ts before they get here (same function, same
// bytes); this handler answers the rest, including every error.
export const GET = handle(async (req: Request, ctx: { params: Promise<{ id: string }> }) => layerResponse(req, (await ctx.params).id));

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
