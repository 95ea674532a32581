import type { ClaimEdit, NewClaim } from "@/lib/review/edit";
import type { QueuePage } from "@/lib/review/queue";
import { apiErrorMessage } from "@/lib/api/fetcher";

/**
 * The review page's calls to its API. Each throws ReviewApiError with the API's status and
 * message, so the page can tell a conflict (409: reload) from other failures.
 */
export class ReviewApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { ...(init?.body ? { "Content-Type": "application/json" } : {}), ...init?.headers }, cache: "no-store" });
  if (res.ok) return (res.status === 204 ? null : await res.json()) as T;
  throw new ReviewApiError(res.status, (await apiErrorMessage(res)) ?? `HTTP ${res.status}`);
}

export const fetchQueue = (query: string) => call<QueuePage>(`/api/review?${query}`);
export const patchClaim = (key: string, edit: ClaimEdit) => call(`/api/claims/${encodeURIComponent(key)}`, { method: "PATCH", body: JSON.stringify(edit) });
export const acceptSelected = (items: { id: string; rev: number }[]) => call("/api/review", { method: "POST", body: JSON.stringify({ accept: items }) });
export const undoClaim = (key: string, rev: number) => call(`/api/claims/${encodeURIComponent(key)}/undo`, { method: "POST", body: JSON.stringify({ rev }) });
export const addClaim = (slug: string, input: Omit<NewClaim, "certainty"> & { certainty?: NewClaim["certainty"] }) =>
  call(`/api/articles/${encodeURIComponent(slug)}/claims`, { method: "POST", body: JSON.stringify(input) });

export interface HistoryEntry {
  id: number;
  at: string;
  actor: { email: string };
  action: string;
}
export const fetchHistory = (key: string) => call<{ history: HistoryEntry[] }>(`/api/claims/${encodeURIComponent(key)}/history`);

export interface PlaceHit {
  id: string;
  kind: string;
  nameEn: string;
  nameAr: string;
}
export const searchPlaces = (q: string) => call<{ places: PlaceHit[] }>(`/api/gazetteer?q=${encodeURIComponent(q)}`);
