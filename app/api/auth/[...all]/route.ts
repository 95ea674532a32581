import { errorBody, type ErrorCode, handle } from "@/lib/api/errors";
import { allowOnly } from "@/lib/api/allow-only";
import { accountLockedFor, recordFailure } from "@/lib/auth/account-limit";
import { getAuth, isHttps } from "@/lib/auth/auth";

/**
 * better-auth's endpoints (sign-in, sign-out, session), with its error answers rewritten into
 * the API's one error shape. Sign-up is off: accounts come from `npm run user`.
 */
const CODE: Record<number, ErrorCode> = { 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 422: "unprocessable", 429: "too_many_requests" };

/** The account a sign-in is for, read from a copy of the body (better-auth reads the original). */
async function signInEmail(req: Request): Promise<string | null> {
  if (req.method !== "POST" || !new URL(req.url).pathname.endsWith("/sign-in/email")) return null;
  const body = (await req
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null;
  return typeof body?.email === "string" && body.email.length <= 320 ? body.email : null;
}

function tooMany(retryAfter: number): Response {
  return Response.json(errorBody("too_many_requests", "Too many sign-in attempts; wait a minute and try again."), {
    status: 429,
    headers: { "Cache-Control": "no-store", "Retry-After": String(retryAfter) },
  });
}

/**
 * No sign-in endpoint's path is anywhere near this long. better-auth keys its rate limit on the
 * path, and PostgreSQL's unique index on that key refuses a key over 2,704 bytes (a 500 for a
 * random long URL, found by tests/api/fuzz.test.ts on PostgreSQL).
 */
const MAX_AUTH_PATH = 256;

async function run(req: Request): Promise<Response> {
  if (new URL(req.url).pathname.length > MAX_AUTH_PATH)
    return Response.json(errorBody("not_found", "No such sign-in endpoint."), { status: 404, headers: { "Cache-Control": "no-store" } });
  const email = await signInEmail(req);
  if (email) {
    const wait = await accountLockedFor(email);
    if (wait > 0) return tooMany(wait);
  }
  const res = await (await getAuth(isHttps(req))).handler(req);
  if (email && res.status === 401) await recordFailure(email);
  if (res.status < 400) return res;
  const text = await res.text().catch(() => "");
  let body: { message?: string } = {};
  try {
    body = JSON.parse(text) as { message?: string };
  } catch {
    // better-auth answers some refusals (an unknown path) with an empty body
  }
  const code = CODE[res.status] ?? (res.status >= 500 ? "internal" : "bad_request");
  const message =
    res.status === 429
      ? "Too many sign-in attempts; wait a minute and try again."
      : res.status === 401
        ? "The email or password is wrong."
        : res.status === 404
          ? "No such sign-in endpoint."
          : body.message || "The request was refused.";
  const headers = new Headers({ "Cache-Control": "no-store" });
  const retry = res.headers.get("x-retry-after") ?? res.headers.get("retry-after");
  if (retry) headers.set("Retry-After", retry);
  return Response.json(errorBody(code, message), { status: res.status, headers });
}

export const GET = handle(run);
export const POST = handle(run);

export const { PUT, PATCH, DELETE } = allowOnly("GET", "POST");
