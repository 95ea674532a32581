import { handle } from "@/lib/api/errors";
import { staticMapImage } from "@/lib/static-map/image-cache";
import { parseStaticMapQuery } from "@/lib/static-map/params";

/** The same image as a PNG of width·scale × height·scale pixels (scale 2-3 for print); 503 + Retry-After when busy. */
export const GET = handle((req: Request) => staticMapImage("png", parseStaticMapQuery(req.url), req));

export { DELETE, PATCH, POST, PUT } from "@/lib/api/method-not-allowed";
