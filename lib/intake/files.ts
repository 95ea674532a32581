import mammoth from "mammoth";
import { ApiError } from "../api/errors";
import { detectLang } from "../text/lang";
import { decodeBytes, metaCharset } from "./decode";
import { type Prefill, readableFromHtml } from "./readable";

/**
 * An uploaded article file to text and prefill: .txt (UTF-8, a BOM, or Windows-1256 Arabic),
 * .html (as a fetched page), .docx (mammoth's raw text, paragraphs kept). PDF is refused: the
 * only way to read it is pdfjs, which is not installed, and Arabic must come out in reading
 * order before a PDF may be accepted (issue 15).
 */

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface FileInput {
  name: string;
  bytes: Buffer;
}

export interface ReadFile {
  text: string;
  prefill: Prefill;
}

export const PDF_REFUSAL = "PDF is not supported yet: paste the text or give the URL.";

function extension(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
}

/** A title from the file name when nothing better is known: "mosul-report_2017.txt" → "mosul report 2017". */
function titleFromName(name: string): string | undefined {
  const t = name
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .replace(/[_-]+/g, " ")
    .trim();
  return t || undefined;
}

function plain(text: string, name: string): ReadFile {
  const title = titleFromName(name);
  return { text, prefill: { ...(title ? { title } : {}), lang: detectLang(text) } };
}

async function docxText(bytes: Buffer): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    // mammoth ends each paragraph with a blank line already; empty ones collapse here.
    return value.replace(/\n{3,}/g, "\n\n").trim();
  } catch {
    throw new ApiError("unprocessable", "This .docx file could not be read; save it again from Word, or paste the text.");
  }
}

export async function readArticleFile(f: FileInput): Promise<ReadFile> {
  if (f.bytes.length > MAX_FILE_BYTES) throw new ApiError("payload_too_large", `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const ext = extension(f.name);
  let out: ReadFile;
  switch (ext) {
    case "txt":
    case "text":
      if (f.bytes.includes(0) && !(f.bytes[0] === 0xff || f.bytes[0] === 0xfe)) throw new ApiError("unsupported_media_type", "This file is not text (it holds binary data).");
      out = plain(decodeBytes(f.bytes).trim(), f.name);
      break;
    case "html":
    case "htm":
      out = readableFromHtml(decodeBytes(f.bytes, metaCharset(f.bytes)));
      out.prefill.title ??= titleFromName(f.name);
      break;
    case "docx":
      out = plain(await docxText(f.bytes), f.name);
      break;
    case "pdf":
      throw new ApiError("unsupported_media_type", PDF_REFUSAL);
    default:
      throw new ApiError("unsupported_media_type", `.${ext || "(no extension)"} files are not read: upload .txt, .html or .docx, or paste the text.`);
  }
  if (!out.text.trim()) throw new ApiError("unprocessable", "The file holds no text.");
  return out;
}
