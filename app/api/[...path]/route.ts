import { ApiError, errorResponse } from "@/lib/api/errors";

// Any /api path no route claims answers in the API's JSON error shape, not Next's HTML 404 page.
function notFound(req: Request): Response {
  const path = new URL(req.url).pathname;
  return errorResponse(new ApiError("not_found", `No API route at ${path}.`));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
