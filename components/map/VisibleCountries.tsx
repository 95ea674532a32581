import { formatList } from "@/lib/i18n/plural";
import type { UiLang } from "@/lib/view/view-state";

/** A text alternative to the map: which of the seven countries are drawn in view right now. */
export function VisibleCountries({ countries, lang = "en" }: { countries: { iso3: string; nameEn: string; nameAr: string }[]; lang?: UiLang }) {
  const names = formatList(
    countries.map((c) => (lang === "ar" ? c.nameAr : c.nameEn)),
    lang,
  );
  const text =
    lang === "ar"
      ? countries.length === 0
        ? "لا تظهر أي من الدول السبع."
        : `الدول المعروضة: ${names}.`
      : countries.length === 0
        ? "None of the seven countries is in view."
        : `Countries in view: ${names}.`;
  return (
    <p className="sr-only" aria-live="polite" data-testid="countries-in-view" data-iso3={countries.map((c) => c.iso3).join(",")}>
      {text}
    </p>
  );
}
