import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { gpkgStream } from "@/lib/export/gpkg";
import { exportFilename, viewGeojson } from "@/lib/export/load";
import { requestOrigin } from "@/lib/oembed/origin";
import { PARAM } from "@/lib/view/url-codec";

/** The claims of a view as a GeoPackage (QGIS, ArcGIS): the CSV's columns, drawn at their precision. */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, [...FILTER_PARAMS, PARAM.lang]);
  return new Response(gpkgStream(await viewGeojson(view, requestOrigin(req))), {
    headers: {
      "Content-Type": "application/geopackage+sqlite3",
      "Content-Disposition": `attachment; filename="${exportFilename(view, "gpkg")}"`,
      "Cache-Control": "no-cache",
    },
  });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
