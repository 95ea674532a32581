import type { Metadata } from "next";
import { ArticleList } from "@/components/reader/ArticleList";
import { ReaderChrome } from "@/components/reader/ReaderChrome";
import { listArticles } from "@/lib/data/corpus";
import { messages } from "@/lib/i18n/messages";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: messages(fromParams(await searchParams).view.lang).articles };
}

// Articles are read from the store on each request: `npm run ingest` adds them without a rebuild.
export const dynamic = "force-dynamic";

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { lang } = fromParams(sp).view;
  const m = messages(lang);
  return (
    <ReaderChrome lang={lang} here={{ pathname: "/articles", search: searchOf(sp) }}>
      <h1 className="text-2xl font-semibold">{m.articles}</h1>
      <p className="mt-1 mb-4 text-stone-700">{m.articlesIntro}</p>
      <ArticleList articles={await listArticles()} lang={lang} />
    </ReaderChrome>
  );
}
