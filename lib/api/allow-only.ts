import { ApiError, errorResponse } from "./errors";

/**
 * The 405 of a route that takes other methods than GET (the workspace's writes): the API's JSON
 * error and an Allow header naming what the route does answer. Route files export it for the
 * methods they lack: `export const { GET, PUT } = allowOnly("POST")`.
 */
export function allowOnly(...methods: string[]) {
  const allow = methods.join(", ");
  const answer = (req: Request): Response => {
    const res = errorResponse(new ApiError("method_not_allowed", `${req.method} is not allowed here; this route answers ${allow}.`));
    res.headers.set("Allow", allow);
    return res;
  };
  return { GET: answer, POST: answer, PUT: answer, PATCH: answer, DELETE: answer };
}
