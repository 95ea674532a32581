import type { Duplicate } from "@/lib/intake/duplicates";
import type { Preview, PreviewClaim } from "@/lib/intake/preview";
import type { Prefill } from "@/lib/intake/readable";

/**
 * The intake page's calls to its API, in one place. Every failure becomes an IntakeError with
 * the server's own message (the API's `{error: {code, message}}` shape) and, for a 409, the
 * duplicate it names.
 */

export class IntakeError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly duplicate?: Duplicate,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, credentials: "same-origin" });
  } catch {
    throw new IntakeError("the server could not be reached", 0);
  }
  const body = (await res.json().catch(() => null)) as { error?: { message?: string }; duplicate?: Duplicate } | null;
  if (!res.ok) throw new IntakeError(body?.error?.message ?? `the server answered ${res.status}`, res.status, body?.duplicate);
  return body as T;
}

export interface Read {
  text: string;
  prefill: Prefill;
}

export const fetchPage = (url: string) => call<Read>("/api/intake/url", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ url }) });

export function readFile(file: File): Promise<Read> {
  const form = new FormData();
  form.set("file", file);
  return call<Read>("/api/intake/file", { method: "POST", body: form });
}

export interface ArticleFields {
  text: string;
  title: string;
  source: string;
  url: string;
  published: string;
  lang: "" | "ar" | "en";
}

function payload(f: ArticleFields) {
  const { lang, ...rest } = f;
  return JSON.stringify({ ...rest, ...(lang ? { lang } : {}) });
}

export const previewArticle = (f: ArticleFields) =>
  call<{ preview: Preview; duplicate: Duplicate | null }>("/api/articles?dryRun=1", { method: "POST", headers: { "Content-Type": "application/json" }, body: payload(f) });

export const saveArticle = (f: ArticleFields, force: boolean) =>
  call<{ slug: string; claims: PreviewClaim[] }>(`/api/articles${force ? "?force=1" : ""}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: payload(f) });
