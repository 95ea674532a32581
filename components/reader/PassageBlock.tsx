import { dirOf, messages } from "@/lib/i18n/messages";
import type { PassageView } from "@/lib/reader/article-view";
import type { ClaimWording } from "@/lib/reader/claim-text";
import type { Lang } from "@/lib/schema/article";
import type { UiLang } from "@/lib/view/view-state";
import { ClaimList } from "./ClaimList";
import { PassageText, type MentionLink } from "./PassageText";

/**
 * One passage: the anchor that claims and map popups link to (/articles/{slug}#{passage id}),
 * its text in the article's language, the reviewer's English gloss and the claims it supports.
 */
export function PassageBlock({
  view,
  articleLang,
  lang,
  showGloss,
  notes,
  linkOf,
  wording,
}: {
  view: PassageView;
  articleLang: Lang;
  lang: UiLang;
  showGloss: boolean;
  notes: Record<string, string>;
  linkOf: MentionLink;
  wording: ClaimWording;
}) {
  const m = messages(lang);
  const { passage, runs, claims } = view;
  const gloss = showGloss && passage.glossEn;
  const side = gloss || claims.length > 0;
  return (
    <div
      id={passage.id}
      data-passage=""
      tabIndex={-1}
      className="scroll-mt-20 rounded-md p-2 outline-sky-700 target:bg-amber-50 target:ring-2 target:ring-amber-600 focus-visible:outline-2 md:grid md:grid-cols-[3fr_2fr] md:gap-4"
    >
      <p className={articleLang === "ar" ? "text-xl leading-loose" : "text-lg leading-relaxed"}>
        <PassageText runs={runs} linkOf={linkOf} />
      </p>
      {side ? (
        <div dir={dirOf(lang)} lang={lang} className="mt-2 md:mt-0">
          {gloss ? (
            <div className="border-s-4 border-stone-300 ps-3 text-sm text-stone-800">
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-600">{m.translation}</p>
              <p lang="en" dir="ltr" className="italic">
                {passage.glossEn}
              </p>
              {passage.glossNote ? (
                <p className="mt-1 text-xs text-stone-700">
                  <span className="font-semibold">{m.glossNote}:</span>{" "}
                  <span lang="en" dir="ltr">
                    {passage.glossNote}
                  </span>
                </p>
              ) : null}
            </div>
          ) : null}
          {claims.length ? <ClaimList claims={claims} notes={notes} lang={lang} labelId={`${passage.id}-claims`} wording={wording} /> : null}
        </div>
      ) : null}
    </div>
  );
}
