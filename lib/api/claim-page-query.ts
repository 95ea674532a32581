import { z } from "zod";
import { MAX_ROWS } from "../view/dashboard-model";
import { PARAM } from "../view/url-codec";
import { Selection } from "../view/view-state";
import { ApiError } from "./errors";
import { FILTER_PARAMS, parseViewQuery } from "./view-query";

/** The table's and popups' page of a view's claims: the view's filters plus where and how many. */
const Page = z.object({
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_ROWS).default(MAX_ROWS),
  mark: Selection.optional(),
});

const PAGE_PARAMS = ["offset", "limit", "mark"] as const;

export function parseClaimPageQuery(url: string) {
  const u = new URL(url);
  const page: Record<string, string> = {};
  for (const k of PAGE_PARAMS) {
    const all = u.searchParams.getAll(k);
    if (all.length > 1) throw new ApiError("bad_request", `parameter "${k}" is given more than once`);
    if (all.length) page[k] = all[0]!;
    u.searchParams.delete(k);
  }
  const parsed = Page.safeParse(page);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError("bad_request", `${issue?.path.join(".") ?? "page"}: ${issue?.message ?? "malformed"}`);
  }
  return { view: parseViewQuery(u.toString(), [...FILTER_PARAMS, PARAM.unreviewed]), page: parsed.data };
}
