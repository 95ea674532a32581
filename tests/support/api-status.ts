import { ApiError } from "@/lib/api/errors";

/** How a guarded call ends: "ok", or the HTTP status of the ApiError it throws (any other error is rethrown). */
export async function statusOf(p: Promise<unknown>): Promise<number | "ok"> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof ApiError) return e.status;
    throw e;
  }
}
