import type { ReactNode } from "react";
import { LangSwitch } from "@/components/reader/LangSwitch";
import { SiteHeader } from "@/components/SiteHeader";
import { dirOf, messages } from "@/lib/i18n/messages";
import type { UiLang } from "@/lib/view/view-state";

/** The frame of the sign-in and workspace pages: the site's header, direction and language switch. */
export function WorkspaceChrome({ lang, pathname, search, wide = false, children }: { lang: UiLang; pathname: string; search: string; wide?: boolean; children: ReactNode }) {
  const other: UiLang = lang === "ar" ? "en" : "ar";
  return (
    <div dir={dirOf(lang)} lang={lang} className="flex min-h-full flex-col">
      <SiteHeader lang={lang} current="workspace" switcher={<LangSwitch pathname={pathname} search={search} to={other} label={messages(lang).language} />} />
      <main className={`mx-auto w-full flex-1 px-4 py-6 ${wide ? "max-w-7xl" : "max-w-3xl"}`}>{children}</main>
    </div>
  );
}

/** A same-site path to return to after signing in; anything else (another host, a scheme) is dropped. */
export function safeNext(next: string | string[] | undefined): string {
  const v = Array.isArray(next) ? next[0] : next;
  return v && /^\/(?![/\\])[^\s]*$/.test(v) ? v : "/workspace";
}
