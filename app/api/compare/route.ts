import { z } from "zod";
import { ApiError, handle } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { loadComparison, readRegions } from "@/lib/compare/load";
import { regionsError } from "@/lib/compare/region-code";

const Query = z.object({
  regions: z.string({ error: "regions is required, e.g. ?regions=IRQ,SYR" }).max(300, "regions is too long"),
});

/** GET /api/compare?regions=IRQ,SYR,sahel — the comparison table's rows as JSON. */
export const GET = handle(async (req: Request) => {
  const { regions } = parseQuery(req.url, Query);
  const parsed = await readRegions(regions);
  const error = regionsError(parsed);
  if (error) throw new ApiError(error.code, error.message);
  return Response.json(await loadComparison(parsed), { headers: { "Cache-Control": "no-cache" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
