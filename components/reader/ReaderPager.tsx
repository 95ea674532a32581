import { dirOf, messages } from "@/lib/i18n/messages";
import { withParam } from "@/lib/reader/links";
import type { Paging } from "@/lib/reader/pages";
import type { UiLang } from "@/lib/view/view-state";

/**
 * Where this page sits in a long article, with links to the pages before and after. Nothing
 * for an article that fits one page. Links keep the other parameters (language, glosses) and
 * drop `passage`, which already did its job of choosing this page. The copy under the text is
 * not a landmark (`landmark={false}`): two navigation landmarks with one name confuse screen readers.
 */
export function ReaderPager({ paging, pathname, search, lang, landmark = true }: { paging: Paging; pathname: string; search: string; lang: UiLang; landmark?: boolean }) {
  if (paging.pages <= 1) return null;
  const m = messages(lang);
  const q = new URLSearchParams(search);
  q.delete("passage");
  const href = (page: number) => withParam(pathname, q.toString(), "page", page === 1 ? null : String(page));
  const link = "rounded px-2 py-1 text-sky-900 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-700";
  const { page, pages } = paging;
  const Box = landmark ? "nav" : "div";
  return (
    <Box
      {...(landmark ? { "aria-label": m.readerPages } : {})}
      data-testid="reader-pager"
      lang={lang}
      dir={dirOf(lang)}
      className="my-4 flex flex-wrap items-center justify-between gap-2 border-y border-stone-200 py-2 text-sm"
    >
      <p>
        {m.pageOf(page, pages)} · {m.passagesRange(paging.from + 1, paging.to, paging.total)}
      </p>
      <p className="flex gap-2">
        {page > 1 ? (
          <a href={href(page - 1)} rel="prev" className={link}>
            {m.previousPage}
          </a>
        ) : null}
        {page < pages ? (
          <a href={href(page + 1)} rel="next" className={link}>
            {m.nextPage}
          </a>
        ) : null}
      </p>
    </Box>
  );
}
