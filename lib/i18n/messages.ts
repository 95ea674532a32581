import type { UiLang } from "../view/view-state";
import { ar } from "./messages-ar";
import { en, type Messages } from "./messages-en";

/**
 * Interface text in English and Arabic. Article text is never here: it is shown as written,
 * with an English gloss where a reviewer gave one.
 */
export function messages(lang: UiLang): Messages {
  return lang === "ar" ? ar : (en as unknown as Messages);
}

export const dirOf = (lang: UiLang): "rtl" | "ltr" => (lang === "ar" ? "rtl" : "ltr");
