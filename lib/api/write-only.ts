import { ApiError, errorResponse } from "./errors";

/**
 * The other methods of a write-only route (PATCH or POST): a JSON 405 naming what is allowed,
 * never Next's empty one, so every answer under /api keeps the one error shape.
 */
export function onlyAllows(allowed: "PATCH" | "POST") {
  return (req: Request): Response => {
    const res = errorResponse(new ApiError("method_not_allowed", `${req.method} is not allowed here; this route answers ${allowed}.`));
    res.headers.set("Allow", allowed);
    return res;
  };
}
