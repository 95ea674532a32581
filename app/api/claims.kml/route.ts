import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { exportKml } from "@/lib/export/kml";
import { exportFilename, viewGeojson } from "@/lib/export/load";
import { requestOrigin } from "@/lib/oembed/origin";
import { PARAM } from "@/lib/view/url-codec";

/** The claims of a view as KML (Google Earth): the CSV's columns as each placemark's data. */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, [...FILTER_PARAMS, PARAM.lang]);
  return new Response(exportKml(await viewGeojson(view, requestOrigin(req))), {
    headers: {
      "Content-Type": "application/vnd.google-earth.kml+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(view, "kml")}"`,
      "Cache-Control": "no-cache",
    },
  });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
