import type { Metadata } from "next";
import { ArticleList } from "@/components/reader/ArticleList";
import { ReaderChrome } from "@/components/reader/ReaderChrome";
import { listArticles } from "@/lib/data/corpus";
import { dirOf, messages } from "@/lib/i18n/messages";
import { articleListPage } from "@/lib/reader/article-list-page";
import { searchOf, type SearchParams, withParam } from "@/lib/reader/links";
import { pageParam } from "@/lib/reader/pages";
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
  const search = searchOf(sp);
  const { items, paging } = articleListPage(await listArticles(), pageParam(sp.page));
  const href = (page: number) => withParam("/articles", search, "page", page === 1 ? null : String(page));
  const link = "rounded px-2 py-1 text-sky-900 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-700";
  // The list a page at a time: its size stays the same however many articles the store holds.
  const pager =
    paging.pages > 1 ? (
      <nav
        aria-label={m.pageOf(paging.page, paging.pages)}
        data-testid="articles-pager"
        lang={lang}
        dir={dirOf(lang)}
        className="my-4 flex flex-wrap items-center justify-between gap-2 border-y border-stone-200 py-2 text-sm"
      >
        <p>{m.pageOf(paging.page, paging.pages)}</p>
        <p className="flex gap-2">
          {paging.page > 1 ? (
            <a href={href(paging.page - 1)} rel="prev" className={link}>
              {m.previousPage}
            </a>
          ) : null}
          {paging.page < paging.pages ? (
            <a href={href(paging.page + 1)} rel="next" className={link}>
              {m.nextPage}
            </a>
          ) : null}
        </p>
      </nav>
    ) : null;
  return (
    <ReaderChrome lang={lang} here={{ pathname: "/articles", search }}>
      <h1 className="text-2xl font-semibold">{m.articles}</h1>
      <p className="mt-1 mb-4 text-stone-700">{m.articlesIntro}</p>
      <ArticleList articles={items} lang={lang} />
      {pager}
    </ReaderChrome>
  );
}
