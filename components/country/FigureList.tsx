import { messages } from "@/lib/i18n/messages";
import { KIND_LABEL } from "@/lib/i18n/labels";
import type { Figure } from "@/lib/country/profile";
import { formatShare, type StatedFigure } from "@/lib/view/figures";
import type { UiLang } from "@/lib/view/view-state";
import { SourceLink } from "./SourceLink";

/** Figures as the articles state them (the words, not a rounded number), each with its passage. */
export function FigureList({ figures, lang }: { figures: Figure[]; lang: UiLang }) {
  const t = messages(lang);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="mb-2 text-lg font-semibold">
        {t.figures}
      </h2>
      {figures.length === 0 ? (
        <p className="text-sm text-stone-600">{t.noFigures}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="figures">
          {figures.map((f) => (
            <li key={f.claimId} className="rounded border border-stone-200 bg-white p-2">
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">{KIND_LABEL[lang][f.kind]}</p>
              <p>
                <bdi className="text-base font-semibold">{f.text}</bdi>
                {f.value !== null && f.unit === "percent" && (
                  <span className="text-stone-600"> ({formatShare({ value: f.value, qualifier: (f.qualifier as StatedFigure["qualifier"]) ?? null }, lang)})</span>
                )}
              </p>
              <p lang="en" className="text-stone-700">
                {f.summary}
              </p>
              <SourceLink article={f.article} passageId={f.passageId} lang={lang}>
                {t.openPassage}
              </SourceLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
