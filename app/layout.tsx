import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "@fontsource/noto-sans-arabic/400.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { dirOf, messages } from "@/lib/i18n/messages";
import { LANG_HEADER, langOfHeader } from "@/lib/i18n/request-lang";

/** The request's interface language, set from `?lang=` by the proxy (see lib/i18n/request-lang). */
async function requestLang() {
  return langOfHeader((await headers()).get(LANG_HEADER));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = messages(await requestLang());
  return { title: { default: t.appName, template: `%s · ${t.appName}` }, description: t.appDescription };
}

// Every page renders per request so Next can stamp the request's CSP nonce (proxy.ts) on its
// inline scripts; a page prerendered at build time would carry none and its scripts would not run.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLang();
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body className="h-full bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
