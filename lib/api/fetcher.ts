/** The API's error, as the browser sees it: status plus the server's code and message. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

/** The one SWR fetcher: JSON on success, a FetchError carrying the API's message otherwise. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (res.ok) return (await res.json()) as T;
  let code = "http_error";
  let message = `The server answered ${res.status}.`;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
  } catch {
    // Not our JSON error shape (a proxy's page, say): keep the status-based message.
  }
  throw new FetchError(res.status, code, message);
}

/**
 * The message of the API's error (`{"error": {"message": ...}}`) in a failed response; null when
 * the request itself failed (no response) or the body is not that shape (a proxy's page, say).
 */
export async function apiErrorMessage(res: Response | null): Promise<string | null> {
  if (!res || res.ok) return null;
  const body = (await res.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  return typeof body?.error?.message === "string" ? body.error.message : null;
}
