import { asOfText } from "@/lib/time/as-of-label";
import type { UiLang } from "@/lib/view/view-state";

/** "As of October 2017" above a map's legend: the map shows the situation then, not today. */
export function AsOfNote({ at, windowMonths, lang }: { at: string; windowMonths?: number | null; lang: UiLang }) {
  const text = asOfText(at, lang, windowMonths);
  return (
    <p className="text-sm font-semibold" data-testid="as-of">
      {text.charAt(0).toUpperCase() + text.slice(1)}
    </p>
  );
}
