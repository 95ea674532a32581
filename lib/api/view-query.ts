import { fromParams, PARAM } from "../view/url-codec";
import type { ViewState } from "../view/view-state";
import { ApiError } from "./errors";

type ParamName = (typeof PARAM)[keyof typeof PARAM];

/**
 * Reads view parameters from an API request with the same codec the pages use, but strictly:
 * a page ignores a bad parameter and says so, an API answers 400 naming it.
 */
export function parseViewQuery(url: string, allowed: readonly ParamName[]): ViewState {
  const params = new URL(url).searchParams;
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!(allowed as readonly string[]).includes(key)) throw new ApiError("bad_request", `unknown parameter "${key}"; this route takes ${allowed.join(", ")}`);
    if (seen.has(key)) throw new ApiError("bad_request", `parameter "${key}" is given more than once`);
    seen.add(key);
  }
  const { view, issues } = fromParams(params);
  const first = issues[0];
  if (first) throw new ApiError("bad_request", `${first.param}: ${first.message}`);
  return view;
}

export const FILTER_PARAMS = [PARAM.actors, PARAM.kinds, PARAM.countries, PARAM.from, PARAM.to, PARAM.at, PARAM.play, PARAM.window] as const;
