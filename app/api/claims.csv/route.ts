import { handle } from "@/lib/api/errors";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";
import { streamedResponse } from "@/lib/api/stream-response";
import { csvChunks, exportFilename } from "@/lib/export/load";
import { requestOrigin } from "@/lib/oembed/origin";
import { PARAM } from "@/lib/view/url-codec";

/** The claims of a view as CSV, one row per claim and place, with the passage behind each. */
export const GET = handle(async (req: Request) => {
  const view = parseViewQuery(req.url, [...FILTER_PARAMS, PARAM.lang]);
  // Streamed from the store a chunk of claims at a time (lib/export/load).
  return streamedResponse(csvChunks(view, requestOrigin(req)), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${exportFilename(view, "csv")}"`,
    "Cache-Control": "no-cache",
  });
});

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
