import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/messages";
import type { UiLang } from "@/lib/view/view-state";

/** The bar on every page: the name, where you can go, and the language switch (passed in). */
export function SiteHeader({ lang, current, switcher }: { lang: UiLang; current: "map" | "articles" | "countries" | "groups" | "about" | "workspace"; switcher: ReactNode }) {
  const t = messages(lang);
  const q = lang === "ar" ? "?lang=ar" : "";
  const link = (href: string, label: string, here: boolean) => (
    <a href={`${href}${q}`} aria-current={here ? "page" : undefined} className={`rounded px-2 py-1 hover:bg-stone-100 ${here ? "font-semibold text-stone-900" : "text-stone-600"}`}>
      {label}
    </a>
  );
  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-stone-300 bg-white px-4 py-2">
      <a href={`/${q}`} className="text-lg font-semibold tracking-tight">
        {t.appName}
      </a>
      <nav aria-label={lang === "ar" ? "التنقل الرئيسي" : "Main"} className="flex gap-1 text-sm print:hidden">
        {link("/", t.map, current === "map")}
        {link("/articles", t.articles, current === "articles")}
        {link("/countries", t.countries, current === "countries")}
        {link("/groups", lang === "ar" ? "الجماعات" : "Groups", current === "groups")}
        {link("/about", t.about, current === "about")}
      </nav>
      <p className="hidden flex-1 text-end text-sm text-stone-500 lg:block">{t.tagline}</p>
      <div className="print:hidden">{switcher}</div>
    </header>
  );
}
