import type { ArticleListing } from "@/lib/articles/store";
import { messages } from "@/lib/i18n/messages";
import { formatPartialDate } from "@/lib/reader/format";
import { readerHref } from "@/lib/reader/links";
import type { UiLang } from "@/lib/view/view-state";

/** One line per article; each title keeps its own language and direction inside the interface's. */
export function ArticleList({ articles, lang }: { articles: readonly ArticleListing[]; lang: UiLang }) {
  const m = messages(lang);
  if (articles.length === 0) return <p className="rounded border border-dashed border-stone-400 bg-white p-6 text-stone-800">{m.noArticles}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {articles.map((a) => (
        <li key={a.slug} data-article={a.slug} className="p-4">
          <a
            href={readerHref(a.slug, lang)}
            lang={a.lang}
            dir={a.lang === "ar" ? "rtl" : "ltr"}
            className="block text-lg font-semibold text-sky-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            {a.title}
          </a>
          <p className="mt-1 text-sm text-stone-700">
            {a.lang === "ar" ? m.langArabic : m.langEnglish}
            {a.published ? (
              <>
                {" · "}
                <time dateTime={a.published.value}>{formatPartialDate(a.published, lang)}</time>
                {a.published.inferred ? ` (${m.inferred})` : null}
              </>
            ) : null}
            {" · "}
            {m.passagesCount(a.passages)} · {m.claimsCount(a.claims)} · {a.curated ? m.curated : m.notCurated}
          </p>
          {a.source ? (
            <p className="mt-1 text-sm text-stone-700">
              {m.source}:{" "}
              <span lang="en" dir="auto">
                {a.source}
              </span>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
