import { handle } from "@/lib/api/errors";
import { staticMapImage } from "@/lib/static-map/image-cache";
import { parseStaticMapQuery } from "@/lib/static-map/params";

/** The dashboard's view as an SVG image, drawn on the server (no browser). */
export const GET = handle((req: Request) => staticMapImage("svg", parseStaticMapQuery(req.url), req));

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
