import { handle } from "@/lib/api/errors";
import { staticMapSvg } from "@/lib/static-map/load";
import { parseStaticMapQuery } from "@/lib/static-map/params";
import { imageFilename, imageHeaders, notModified } from "@/lib/static-map/response";

/** The dashboard's view as an SVG image, drawn on the server (no browser). */
export const GET = handle(async (req: Request) => {
  const { view, width, height } = parseStaticMapQuery(req.url);
  const rendered = await staticMapSvg(view, { width, height });
  return notModified(req, rendered.etag) ?? new Response(rendered.svg, { headers: imageHeaders("image/svg+xml; charset=utf-8", rendered.etag, imageFilename(view, "svg")) });
});
