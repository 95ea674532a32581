import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { streamedResponse } from "@/lib/api/stream-response";
import { exportFilename, geojsonChunks } from "@/lib/export/load";
import { requestOrigin } from "@/lib/oembed/origin";
import { PARAM } from "@/lib/view/url-codec";

/** The claims of a view as GeoJSON, one feature per claim and place, drawn at its precision. */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, [...FILTER_PARAMS, PARAM.lang]);
  // Streamed from the store a chunk of claims at a time (lib/export/load).
  return streamedResponse(geojsonChunks(view, requestOrigin(req)), {
    "Content-Type": "application/geo+json",
    "Content-Disposition": `attachment; filename="${exportFilename(view, "geojson")}"`,
    "Cache-Control": "no-cache",
  });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
