import { ApiError, errorResponse, handle } from "@/lib/api/errors";
import { NoQuery, parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { MAX_FILE_BYTES, readArticleFile } from "@/lib/intake/files";

/** The workspace's upload tab: multipart with one `file` → its text and prefill (nothing is stored). */
export const POST = handle(async (req: Request) => {
  await requireRole(req, "editor");
  parseQuery(req.url, NoQuery);
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) throw new ApiError("unsupported_media_type", "Upload the file as multipart/form-data, in a field named file.");
  // The form's own overhead is small; the file's limit is checked again on its bytes.
  const declared = Number(req.headers.get("content-length"));
  if (!Number.isFinite(declared)) throw new ApiError("bad_request", "The upload must state its Content-Length.");
  if (declared > MAX_FILE_BYTES + 64 * 1024) throw new ApiError("payload_too_large", `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new ApiError("bad_request", "The upload is not a readable form.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new ApiError("bad_request", "No file was given (the form field is named file).");
  const out = await readArticleFile({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
  return Response.json(out, { headers: { "Cache-Control": "no-store" } });
});

/** Every other method: the API's 405, whose Allow says this route takes POST only. */
function notAllowed(req: Request): Response {
  const res = errorResponse(new ApiError("method_not_allowed", `${req.method} is not allowed here; this route answers POST.`));
  res.headers.set("Allow", "POST");
  return res;
}
export { notAllowed as DELETE, notAllowed as GET, notAllowed as PATCH, notAllowed as PUT };
