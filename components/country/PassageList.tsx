import { messages } from "@/lib/i18n/messages";
import type { PassageRef } from "@/lib/country/profile";
import type { UiLang } from "@/lib/view/view-state";
import { SourceLink } from "./SourceLink";

/** Every passage that mentions the country, quoted as text in its own language and direction. */
export function PassageList({ passages, lang }: { passages: PassageRef[]; lang: UiLang }) {
  const t = messages(lang);
  return (
    <section aria-labelledby="passages-heading">
      <h2 id="passages-heading" className="mb-2 text-lg font-semibold">
        {t.passagesMentioning} <span className="text-sm font-normal text-stone-500">({t.passagesCount(passages.length)})</span>
      </h2>
      {passages.length === 0 ? (
        <p className="text-sm text-stone-600">{t.noPassages}</p>
      ) : (
        <ol className="space-y-3" data-testid="passages">
          {passages.map((p) => (
            <li key={`${p.article}#${p.passageId}`} className="rounded border border-stone-200 bg-white p-3" data-testid="passage">
              <blockquote lang={p.lang} dir={p.lang === "ar" ? "rtl" : "ltr"} className="border-s-2 border-stone-300 ps-2 leading-relaxed">
                {p.text}
              </blockquote>
              {p.glossEn && (
                <p lang="en" dir="ltr" className="mt-1 text-sm text-stone-600">
                  <span className="font-semibold">{t.translation}: </span>
                  {p.glossEn}
                </p>
              )}
              <p className="mt-1 text-sm">
                <SourceLink article={p.article} passageId={p.passageId} lang={lang}>
                  {t.openPassage}
                </SourceLink>{" "}
                <span className="text-stone-500">
                  · <bdi>{p.title}</bdi>
                  {p.claimIds.length > 0 && ` · ${t.claimsCount(p.claimIds.length)}`}
                </span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
