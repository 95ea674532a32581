import { ReaderChrome } from "@/components/reader/ReaderChrome";
import { messages } from "@/lib/i18n/messages";
import { articlesHref } from "@/lib/reader/links";

/** An unknown or malformed article slug. Not-found pages get no query, so Arabic follows English. */
export default function ArticleNotFound() {
  const en = messages("en");
  const ar = messages("ar");
  return (
    <ReaderChrome lang="en">
      <h1 className="text-2xl font-semibold">{en.articleNotFound}</h1>
      <p className="mt-2 text-stone-800">{en.articleNotFoundBody}</p>
      <p className="mt-4">
        <a href={articlesHref("en")} className="font-semibold text-sky-900 underline underline-offset-4">
          {en.allArticles}
        </a>
      </p>
      <div lang="ar" dir="rtl" className="mt-8 border-t border-stone-300 pt-4">
        <p className="text-xl font-semibold">{ar.articleNotFound}</p>
        <p className="mt-2 text-stone-800">{ar.articleNotFoundBody}</p>
        <p className="mt-4">
          <a href={articlesHref("ar")} className="font-semibold text-sky-900 underline underline-offset-4">
            {ar.allArticles}
          </a>
        </p>
      </div>
    </ReaderChrome>
  );
}
