import { attributionIn } from "@/lib/i18n/attribution";
import type { UiLang } from "@/lib/view/view-state";

/**
 * "according to …" in the interface language: the phrase table's sources and outlets in Arabic
 * for an Arabic reader, an English article's own words as a quotation in their own direction.
 */
export function AttributionText({ text, lang, groupAr }: { text: string; lang: UiLang; groupAr?: (nameEn: string) => string | undefined }) {
  const a = attributionIn(text, lang, groupAr);
  const inner = (
    <bdi lang={a.lang} dir={a.lang === "ar" ? "rtl" : "ltr"} data-testid="attribution">
      {a.text}
    </bdi>
  );
  if (!a.quoted || lang === "en") return inner;
  return <>«{inner}»</>;
}
