import { ApiError } from "../api/errors";

/**
 * A request body read up to a limit: a declared Content-Length over it is refused before
 * reading, and a chunked body is cut off as soon as it passes it, so an oversized upload
 * never sits whole in memory.
 */
export async function readLimited(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

const tooLarge = (max: number) => new ApiError("payload_too_large", `The request is larger than ${Math.round(max / 1024 / 1024)} MB.`);

/** A JSON body within the limit; anything but JSON is 415, malformed JSON 400. */
export async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new ApiError("unsupported_media_type", "Send the article as application/json.");
  const buf = await readLimited(req, maxBytes);
  try {
    return JSON.parse(buf.toString("utf8"));
  } catch {
    throw new ApiError("bad_request", "The body is not valid JSON.");
  }
}
