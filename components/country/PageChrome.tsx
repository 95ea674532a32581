import type { ReactNode } from "react";
import { LangSwitch } from "@/components/reader/LangSwitch";
import { SiteHeader } from "@/components/SiteHeader";
import { dirOf, messages } from "@/lib/i18n/messages";
import type { UiLang, ViewState } from "@/lib/view/view-state";
import { ShareDialog } from "../share/ShareDialog";

/** The frame of the country and comparison pages: header, language switch, direction. */
export function PageChrome({
  lang,
  pathname,
  search,
  wide = false,
  share,
  current = "countries",
  children,
}: {
  lang: UiLang;
  pathname: string;
  search: string;
  wide?: boolean;
  share?: ViewState;
  current?: "countries" | "about" | "groups";
  children: ReactNode;
}) {
  const other: UiLang = lang === "ar" ? "en" : "ar";
  const switcher = <LangSwitch pathname={pathname} search={search} to={other} label={messages(lang).language} />;
  return (
    <div dir={dirOf(lang)} lang={lang} className="flex min-h-full flex-col">
      <SiteHeader
        lang={lang}
        current={current}
        switcher={
          share ? (
            <div className="flex gap-2">
              <ShareDialog view={share} path={pathname} pageSearch={search ? `?${search}` : ""} />
              {switcher}
            </div>
          ) : (
            switcher
          )
        }
      />
      <main className={`mx-auto w-full flex-1 px-4 py-6 ${wide ? "max-w-7xl" : "max-w-5xl"}`}>{children}</main>
    </div>
  );
}

/** A page-relative link that keeps the interface language. */
export const withLang = (href: string, lang: UiLang) => (lang === "ar" ? `${href}${href.includes("?") ? "&" : "?"}lang=ar` : href);
