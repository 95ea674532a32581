import { z } from "zod";
import { ApiError } from "../api/errors";
import { parseQuery } from "../api/query";

/**
 * The oEmbed request (oEmbed 1.0, §2.2): `url` of one of this app's map pages, optional
 * `maxwidth`/`maxheight` (at least 64 px, the smallest static map) and `format` (json; xml is
 * valid oEmbed that this provider does not offer, answered 501 as the spec says).
 */
const Px = z
  .string()
  .regex(/^\d{1,5}$/, "must be a whole number of pixels")
  .transform(Number)
  .pipe(z.number().min(64, "must be at least 64"));

const Query = z.object({
  url: z.string().min(1).max(4000),
  maxwidth: Px.optional(),
  maxheight: Px.optional(),
  format: z.enum(["json", "xml"]).optional(),
});

export type OembedRequest = { target: URL; maxwidth: number | null; maxheight: number | null; format: "json" | "xml" };

export function parseOembedRequest(url: string): OembedRequest {
  const q = parseQuery(url, Query);
  let target: URL;
  try {
    target = new URL(q.url);
  } catch {
    throw new ApiError("bad_request", "url: not an absolute URL");
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new ApiError("bad_request", "url: must be http or https");
  return { target, maxwidth: q.maxwidth ?? null, maxheight: q.maxheight ?? null, format: q.format ?? "json" };
}

/** Only this app's own pages are embeddable: another origin is "no such resource" (404, per the spec). */
export function assertOwnOrigin(target: URL, origin: string): void {
  if (target.origin !== origin) throw new ApiError("not_found", `url: only pages of ${origin} can be embedded`);
}

/** 501 in the one error shape (the shared error codes stop at 500). */
export function notImplemented(message: string): Response {
  return Response.json({ error: { code: "not_implemented", message } }, { status: 501, headers: { "Cache-Control": "no-store" } });
}
