import { BilingualNotFound } from "@/components/not-found/BilingualNotFound";
import { ReaderChrome } from "@/components/reader/ReaderChrome";
import { messages } from "@/lib/i18n/messages";
import { articlesHref } from "@/lib/reader/links";

/** An unknown or malformed article slug. */
export default function ArticleNotFound() {
  const words = (lang: "en" | "ar") => {
    const t = messages(lang);
    return { title: t.articleNotFound, body: t.articleNotFoundBody, back: t.allArticles, href: articlesHref(lang) };
  };
  return (
    <ReaderChrome lang="en">
      <BilingualNotFound en={words("en")} ar={words("ar")} />
    </ReaderChrome>
  );
}
