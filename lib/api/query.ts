import { z } from "zod";
import { ApiError } from "./errors";

/**
 * Parses a request's query string with a schema. Unknown parameters are refused rather than
 * ignored, so a typo (`?layer=` for `?layers=`) is a clear 400 instead of a silently different view.
 */
export function parseQuery<S extends z.ZodObject>(url: string | URL, schema: S): z.infer<S> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) throw new ApiError("bad_request", `parameter "${key}" is given more than once`);
    raw[key] = value;
  }
  const parsed = schema.strict().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknown = issue?.code === "unrecognized_keys" ? `unknown parameter "${issue.keys.join('", "')}"` : undefined;
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new ApiError("bad_request", unknown ?? `${where}${issue?.message ?? "invalid query"}`);
  }
  return parsed.data as z.infer<S>;
}
