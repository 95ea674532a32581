import type { z } from "zod";
import { ApiError } from "./errors";

/**
 * A write's JSON body, parsed with its schema: 415 for another media type, 413 past `maxBytes`
 * (counted as read, so a lying Content-Length cannot get more through), 400 for malformed JSON or
 * a body the schema refuses (the first problem, with its field).
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, maxBytes = 64 * 1024): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError("unsupported_media_type", "Send the body as application/json.");
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
      }
      chunks.push(value);
    }
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    throw new ApiError("bad_request", "The body is not valid JSON (UTF-8).");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new ApiError("bad_request", `${where}${issue?.message ?? "invalid body"}`);
  }
  return parsed.data;
}
