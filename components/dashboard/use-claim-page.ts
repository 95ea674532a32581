"use client";

import useSWR from "swr";
import { fetchJson } from "@/lib/api/fetcher";
import type { ClaimRow } from "@/lib/view/dashboard-model";
import { filtersToParams } from "@/lib/view/url-codec";
import type { Filters } from "@/lib/view/view-state";

export type ClaimPage = { rows: ClaimRow[]; total: number };

/** The URL of a page of a view's claims (GET /api/view/claims), or of one mark's. */
export function claimPageKey(filters: Filters, page: { limit?: number; mark?: string | null; unreviewed?: boolean } = {}): string {
  const q = filtersToParams(filters);
  // Signed-in editors' "show unreviewed": the server adds proposed claims for editors only.
  if (page.unreviewed) q.set("unreviewed", "1");
  if (page.mark) q.set("mark", page.mark);
  if (page.limit) q.set("limit", String(page.limit));
  const s = q.toString();
  return `/api/view/claims${s ? `?${s}` : ""}`;
}

/**
 * Rows are fetched when shown, never carried by the model: the page's HTML stays the size of the
 * map's data whatever the number of claims. `null` filters fetch nothing (not shown yet).
 */
export function useClaimPage(filters: Filters | null, page: { limit?: number; mark?: string | null; unreviewed?: boolean } = {}) {
  return useSWR<ClaimPage>(filters ? claimPageKey(filters, page) : null, fetchJson<ClaimPage>, { keepPreviousData: true, revalidateOnFocus: false, revalidateIfStale: false });
}
