import { ApiError, handle } from "@/lib/api/errors";
import { viewOfMapUrl } from "@/lib/oembed/map-url";
import { requestOrigin } from "@/lib/oembed/origin";
import { assertOwnOrigin, notImplemented, parseOembedRequest } from "@/lib/oembed/request";
import { embedSize, oembedResponse } from "@/lib/oembed/response";
import { viewNames } from "@/lib/static-map/load";
import { viewTitle } from "@/lib/static-map/title";
import { modelInputs } from "@/lib/view/load-model";
import { filtersOf } from "@/lib/view/view-state";

/** oEmbed for the app's map pages: a rich embed of /embed with the same view. */
export const GET = handle(async (req: Request) => {
  const q = parseOembedRequest(req.url);
  const origin = requestOrigin(req);
  assertOwnOrigin(q.target, origin);
  if (q.format === "xml") return notImplemented("format=xml is not offered; use format=json");
  const view = viewOfMapUrl(q.target, (await modelInputs()).places);
  if (!view) throw new ApiError("not_found", "url: not a map page of this app (/, /embed, /countries/{iso3}, /compare)");
  const body = oembedResponse(view, viewTitle(view, await viewNames(filtersOf(view))), origin, embedSize(q.maxwidth, q.maxheight));
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=3600" } });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
