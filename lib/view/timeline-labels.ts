import { messages } from "../i18n/messages";
import type { MonthBin } from "./timeline";
import type { UiLang } from "./view-state";

const MONTH = {
  en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  ar: new Intl.DateTimeFormat("ar-u-nu-latn", { month: "long", year: "numeric", timeZone: "UTC" }),
};

/**
 * A timeline bar's tooltip in words: "August 2017: 1 claim dated to the month or day · 4 claims
 * dated only to 2017, spread over the year" (it read "2017-08: 1 · 4 ~2017").
 */
export function binLabel(bin: MonthBin, lang: UiLang): string {
  const t = messages(lang);
  const [y, m] = bin.month.split("-").map(Number) as [number, number];
  const month = MONTH[lang].format(new Date(Date.UTC(y, m - 1, 1)));
  const year = bin.month.slice(0, 4);
  const parts = [lang === "ar" ? `${t.claimsCount(bin.exact)} مؤرخة بالشهر أو اليوم` : `${t.claimsCount(bin.exact)} dated to the month or day`];
  if (bin.yearOnly)
    parts.push(
      lang === "ar" ? `${t.claimsCount(bin.yearOnly)} مؤرخة بسنة ${year} فقط، موزعة على أشهرها` : `${t.claimsCount(bin.yearOnly)} dated only to ${year}, spread over the year`,
    );
  return `${month}: ${parts.join(" · ")}`;
}

/** The note beside the chart: how many claims it cannot place because they have no date. */
export function undatedNote(n: number, lang: UiLang): string {
  if (n === 0) return "";
  return lang === "ar"
    ? `${messages("ar").claimsCount(n)} بلا تاريخ: ليست على الخط الزمني لكنها على الخريطة والجدول.`
    : `${messages("en").claimsCount(n)} undated: not on the timeline, but on the map and in the table.`;
}
