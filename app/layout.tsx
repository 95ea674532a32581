import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "@fontsource/noto-sans-arabic/400.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Allegiance Atlas", template: "%s · Allegiance Atlas" },
  description: "Territorial loss, recruitment and allegiance shifts of armed groups, each traced to the news passage behind it.",
};

// Every page renders per request so Next can stamp the request's CSP nonce (proxy.ts) on its
// inline scripts; a page prerendered at build time would carry none and its scripts would not run.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body className="h-full bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
