import { type UiLang, UiLang as UiLangSchema } from "../view/view-state";

/**
 * The interface language of a page request, for the root layout: the proxy copies it from the
 * query into this request header, because a layout cannot read the query and `<html lang dir>`
 * and the title must be right in the served HTML, not fixed by script after loading.
 */
export const LANG_HEADER = "x-atlas-lang";

/** `?lang=ar` gives Arabic; anything else (absent, unknown) the default, English. */
export function langOfQuery(search: URLSearchParams): UiLang {
  const parsed = UiLangSchema.safeParse(search.get("lang"));
  return parsed.success ? parsed.data : "en";
}

/** A header value as the layout reads it; the proxy always sets it, so anything else is English. */
export function langOfHeader(value: string | null): UiLang {
  return value === "ar" ? "ar" : "en";
}
