import { handle } from "@/lib/api/errors";
import { staticMapSvg } from "@/lib/static-map/load";
import { parseStaticMapQuery } from "@/lib/static-map/params";
import { svgToPng } from "@/lib/static-map/png";
import { imageFilename, imageHeaders, notModified, pngEtag } from "@/lib/static-map/response";

/** The same image as a PNG of width·scale × height·scale pixels (scale 2-3 for print). */
export const GET = handle(async (req: Request) => {
  const { view, width, height, scale } = parseStaticMapQuery(req.url);
  const rendered = await staticMapSvg(view, { width, height });
  const etag = pngEtag(rendered, scale);
  const cached = notModified(req, etag);
  if (cached) return cached;
  const png = await svgToPng(rendered.svg, scale);
  return new Response(new Uint8Array(png), { headers: imageHeaders("image/png", etag, imageFilename(view, "png")) });
});
