import { z } from "zod";
import { handle } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { loadGazetteer } from "@/lib/geo/geodata-files";
import { placeIndex, searchPlaces } from "@/lib/review/place-search";

/** GET ?q=: places by English or Arabic name (the review's place picker); public, like the gazetteer itself. */
const Query = z.object({ q: z.string().trim().min(1, "q is the name to look for").max(80), limit: z.coerce.number().int().min(1).max(25).default(10) });

let index: ReturnType<typeof placeIndex> | undefined;

export const GET = handle(async (req: Request) => {
  const { q, limit } = parseQuery(req.url, Query);
  index ??= placeIndex(loadGazetteer().places);
  return Response.json({ places: searchPlaces(q, index, limit) }, { headers: { "Cache-Control": "public, max-age=3600" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
