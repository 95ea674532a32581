import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { exportFilename, viewGeojson } from "@/lib/export/load";
import { requestOrigin } from "@/lib/oembed/origin";
import { PARAM } from "@/lib/view/url-codec";

/** The claims of a view as GeoJSON, one feature per claim and place, drawn at its precision. */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, [...FILTER_PARAMS, PARAM.lang]);
  return new Response(JSON.stringify(await viewGeojson(view, requestOrigin(req))), {
    headers: {
      "Content-Type": "application/geo+json",
      "Content-Disposition": `attachment; filename="${exportFilename(view, "geojson")}"`,
      "Cache-Control": "no-cache",
    },
  });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
