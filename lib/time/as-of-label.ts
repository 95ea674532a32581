import type { UiLang } from "../view/view-state";

/**
 * "as of October 2017" / "حتى أكتوبر 2017": the words every map with `at=` carries in its
 * legend and credits. Month names as the timeline's labels write them (Latin digits in Arabic).
 */
const MONTH = {
  en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  ar: new Intl.DateTimeFormat("ar-u-nu-latn", { month: "long", year: "numeric", timeZone: "UTC" }),
};

/** "2017-10" -> "October 2017" / "أكتوبر 2017"; a year alone stays a year. */
export function monthLabel(month: string, lang: UiLang): string {
  const [y, m] = month.split("-").map(Number) as [number, number?];
  if (!m) return String(y);
  return MONTH[lang].format(new Date(Date.UTC(y, m - 1, 1)));
}

export function asOfText(at: string, lang: UiLang, windowMonths?: number | null): string {
  const month = monthLabel(at, lang);
  if (windowMonths && windowMonths > 1) return lang === "ar" ? `آخر ${windowMonths} أشهر حتى ${month}` : `the ${windowMonths} months to ${month}`;
  return lang === "ar" ? `حتى ${month}` : `as of ${month}`;
}
