import { ApiError, errorResponse } from "./errors";

/**
 * Every API route is read-only (GET, and the HEAD and OPTIONS Next derives from it). Without
 * these exports Next answers other methods with an empty 405 and no Cache-Control; with them the
 * answer is the API's JSON error, says what is allowed, and is never stored.
 * Route files re-export them: `export { POST, PUT, PATCH, DELETE } from "@/lib/api/method-not-allowed"`.
 */
export function methodNotAllowed(req: Request): Response {
  const res = errorResponse(new ApiError("method_not_allowed", `${req.method} is not allowed here; this route answers GET and HEAD.`));
  res.headers.set("Allow", "GET, HEAD, OPTIONS");
  return res;
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
