import { ZodError } from "zod";

/**
 * The one error shape every route answers with: `{"error": {"code", "message"}}`.
 * Handlers throw ApiError; anything else becomes a 500 whose message says nothing of the
 * internals (the stack goes to the server log, never to the client).
 */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unprocessable"
  | "too_many_requests"
  | "not_modified"
  | "bad_gateway"
  | "busy"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  not_modified: 304,
  // An upstream the server fetched on request (an article URL) failed: not the client's fault.
  bad_gateway: 502,
  busy: 503,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra headers for the answer, e.g. Retry-After on a 503. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}

export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) {
    return Response.json(errorBody(err.code, err.message), { status: err.status, headers: { ...err.headers, "Cache-Control": "no-store" } });
  }
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return Response.json(errorBody("bad_request", `${where}${first?.message ?? "invalid input"}`), {
      status: 400,
      headers: { "Cache-Control": "no-store" },
    });
  }
  if (err instanceof Error && err.name === "DataError") {
    // The store is down or unusable (lib/data/errors.ts): the data layer has logged why, once.
    return Response.json(errorBody("internal", "The data store is unavailable."), { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
  console.error(err);
  return Response.json(errorBody("internal", "Something went wrong on the server."), { status: 500, headers: { "Cache-Control": "no-store" } });
}

/** Wraps a route handler so that whatever it throws answers in the one error shape. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response> | Response) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (err) {
      return errorResponse(err);
    }
  };
}
