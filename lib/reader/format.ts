import type { PartialDate } from "../schema/article";
import type { UiLang } from "../view/view-state";

/** Dates shown no more precisely than they are known: "2017", "November 2017" or "14 November 2017". */
export function formatPartialDate(d: PartialDate, lang: UiLang): string {
  const [y, m, day] = d.value.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return d.value;
  const locale = lang === "ar" ? "ar" : "en-GB";
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, day ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    d.precision === "year" || m === undefined
      ? { year: "numeric" }
      : d.precision === "month" || day === undefined
        ? { year: "numeric", month: "long" }
        : { year: "numeric", month: "long", day: "numeric" };
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" }).format(date);
}
