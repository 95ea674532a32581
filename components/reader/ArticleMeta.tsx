import { messages } from "@/lib/i18n/messages";
import { formatPartialDate } from "@/lib/reader/format";
import type { Article } from "@/lib/schema/article";
import { safeHref } from "@/lib/web/safe-href";
import type { UiLang } from "@/lib/view/view-state";

const PRECISION_KEY = { day: "precisionDay", month: "precisionMonth", year: "precisionYear" } as const;

/** What is known about where and when the article appeared, and how sure that is. */
export function ArticleMeta({ article, lang, curated, claims }: { article: Article; lang: UiLang; curated: boolean; claims: number }) {
  const m = messages(lang);
  const row = "grid grid-cols-[8rem_1fr] gap-2 py-1";
  const pub = article.published;
  return (
    <dl className="mt-3 divide-y divide-stone-200 text-sm text-stone-800">
      {article.source ? (
        <div className={row}>
          <dt className="font-semibold">{m.source}</dt>
          <dd lang="en" dir="auto">
            {article.source}
          </dd>
        </div>
      ) : null}
      {safeHref(article.url) ? (
        <div className={row}>
          <dt className="font-semibold">{m.originalArticle}</dt>
          <dd className="break-all">
            <a href={safeHref(article.url)} rel="noopener noreferrer" className="text-sky-900 underline underline-offset-4" dir="ltr">
              {article.url}
            </a>
          </dd>
        </div>
      ) : null}
      <div className={row}>
        <dt className="font-semibold">{m.published}</dt>
        <dd>
          {pub ? (
            <>
              <time dateTime={pub.value}>{formatPartialDate(pub, lang)}</time> <span className="text-stone-700">({m[PRECISION_KEY[pub.precision]]})</span>
              {pub.inferred ? <span className="ms-2 rounded bg-stone-200 px-1 text-xs text-stone-800">{m.inferred}</span> : null}
              {article.publishedNote ? (
                <p className="mt-1 text-xs text-stone-700">
                  {/* The curator's note is data, written in English: in Arabic, say so before quoting it. */}
                  {lang === "ar" && <span className="me-1 font-semibold">ملاحظة المحرر عن التأريخ (بالإنجليزية):</span>}
                  <span lang="en" dir="ltr">
                    {article.publishedNote}
                  </span>
                </p>
              ) : null}
            </>
          ) : (
            m.publishedUnknown
          )}
        </dd>
      </div>
      <div className={row}>
        <dt className="font-semibold">{m.articleLanguage}</dt>
        <dd>{article.lang === "ar" ? m.langArabic : m.langEnglish}</dd>
      </div>
      <div className={row}>
        <dt className="font-semibold">{m.table}</dt>
        <dd>
          {m.claimsCount(claims)} · {m.passagesCount(article.passages.length)} · {curated ? m.curated : m.notCurated}
        </dd>
      </div>
    </dl>
  );
}
