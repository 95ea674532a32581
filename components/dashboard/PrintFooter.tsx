"use client";

import { useEffect, useState } from "react";
import type { ArticleRef } from "@/lib/view/dashboard-model";
import type { UiLang } from "@/lib/view/view-state";

/** Only on paper: the sources of the view and the URL that reopens it. */
export function PrintFooter({ sources, lang }: { sources: ArticleRef[]; lang: UiLang }) {
  const [url, setUrl] = useState("");
  useEffect(() => {
    const update = () => setUrl(window.location.href);
    update();
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, []);
  return (
    <footer className="hidden text-[9pt] text-stone-700 print:block" data-testid="print-footer">
      <p>
        <strong>{lang === "ar" ? "المصادر" : "Sources"}:</strong>{" "}
        {sources.map((s, i) => (
          <span key={s.slug}>
            {i > 0 && "; "}
            <span lang={s.lang} dir={s.lang === "ar" ? "rtl" : "ltr"}>
              {s.title}
            </span>
            {s.source && ` (${s.source})`}
          </span>
        ))}
        . Natural Earth (public domain); GeoNames (CC BY 4.0).
      </p>
      <p dir="ltr" className="break-all">
        {url}
      </p>
    </footer>
  );
}
