import { z } from "zod";
import { ApiError } from "./errors";

// `.strict()` builds a new schema on each call; routes pass the same schema every time.
const strictOf = new WeakMap<z.ZodObject, z.ZodObject>();
function strict(schema: z.ZodObject): z.ZodObject {
  let s = strictOf.get(schema);
  if (!s) strictOf.set(schema, (s = schema.strict()));
  return s;
}

/**
 * Parses a request's query string with a schema. Unknown parameters are refused rather than
 * ignored, so a typo (`?layer=` for `?layers=`) is a clear 400 instead of a silently different view.
 */
export function parseQuery<S extends z.ZodObject>(url: string | URL, schema: S): z.infer<S> {
  // No prototype: `?toString=1` must not look given twice, and `?__proto__=x` must be an own key
  // that the strict schema refuses rather than a prototype assignment that silently vanishes.
  const raw: Record<string, string> = Object.create(null);
  // Most requests carry no query at all: skip parsing the URL for them (hot layer routes).
  if (typeof url !== "string" || url.includes("?")) {
    for (const [key, value] of new URL(url).searchParams) {
      if (Object.hasOwn(raw, key)) throw new ApiError("bad_request", `parameter "${key}" is given more than once`);
      raw[key] = value;
    }
  }
  const parsed = strict(schema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknown = issue?.code === "unrecognized_keys" ? `unknown parameter "${issue.keys.join('", "')}"` : undefined;
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new ApiError("bad_request", unknown ?? `${where}${issue?.message ?? "invalid query"}`);
  }
  return parsed.data as z.infer<S>;
}

/** For routes that take no parameters: any parameter is refused. One instance, so it is made strict once. */
export const NoQuery = z.object({});
