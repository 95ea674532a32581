import type { ReactNode } from "react";
import { dirOf, messages } from "@/lib/i18n/messages";
import { articlesHref, mapHref } from "@/lib/reader/links";
import type { UiLang } from "@/lib/view/view-state";
import { LangSwitch } from "./LangSwitch";

export const MAIN_ID = "reader-main";

/**
 * The frame of every reader page, in the interface language: skip link, banner with the site
 * navigation and the language switch, and the main landmark. `here` is the current path and
 * query, for the switch; without it (error pages) there is no switch.
 */
export function ReaderChrome({ lang, here, children }: { lang: UiLang; here?: { pathname: string; search: string }; children: ReactNode }) {
  const m = messages(lang);
  const other: UiLang = lang === "ar" ? "en" : "ar";
  const link = "rounded px-2 py-1 text-stone-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-sky-700";
  return (
    <div dir={dirOf(lang)} lang={lang} className="min-h-full bg-stone-50">
      <a
        href={`#${MAIN_ID}`}
        className="sr-only rounded bg-white px-3 py-2 text-sky-900 focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:outline-2 focus:outline-sky-700"
      >
        {m.skipToArticle}
      </a>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <nav aria-label={m.siteNav} className="flex items-center gap-2">
            <a href={mapHref(lang)} className={`${link} text-lg font-semibold tracking-tight`}>
              {m.appName}
            </a>
            <span aria-hidden="true" className="text-stone-400">
              /
            </span>
            <a href={articlesHref(lang)} className={link}>
              {m.articles}
            </a>
          </nav>
          {here ? <LangSwitch pathname={here.pathname} search={here.search} to={other} label={m.language} /> : null}
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
