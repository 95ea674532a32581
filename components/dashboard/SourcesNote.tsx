import { messages } from "@/lib/i18n/messages";
import type { SourceSummary } from "@/lib/view/source-summary";
import type { UiLang } from "@/lib/view/view-state";
import { formatDate } from "../claims/ClaimCard";

/**
 * The view's sources on screen (the print footer has them on paper): articles, outlets, the
 * latest publication date, how many claims were reviewed, and a link to the source list.
 */
export function SourcesNote({ summary, lang }: { summary: SourceSummary; lang: UiLang }) {
  const t = messages(lang);
  const parts = [
    t.articlesCount(summary.articles),
    t.outletsCount(summary.outlets),
    ...(summary.unnamed ? [t.unnamedOutlets(summary.unnamed)] : []),
    summary.latest ? `${t.latestPublished}: ${formatDate(summary.latest, lang)}` : t.noPublishedDate,
    t.reviewedOf(summary.reviewed, summary.claims),
  ];
  return (
    <section
      aria-label={t.sourcesHeading}
      className="flex flex-wrap items-baseline gap-x-2 border-t border-stone-300 bg-stone-50 px-4 py-1.5 text-xs text-stone-700 print:hidden"
      data-testid="sources-note"
    >
      <span className="font-semibold">{t.sourcesHeading}:</span>
      <span>{parts.join(" · ")}</span>
      <a href={`/articles${lang === "ar" ? "?lang=ar" : ""}`} className="text-blue-800 underline">
        {t.sourceList}
      </a>
    </section>
  );
}
