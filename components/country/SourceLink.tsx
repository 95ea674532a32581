import { readerHref } from "@/lib/reader/links";
import type { UiLang } from "@/lib/view/view-state";
import type { ReactNode } from "react";

/** A link to the passage in the reader, where it takes focus. */
export function SourceLink({ article, passageId, lang, children }: { article: string; passageId: string; lang: UiLang; children: ReactNode }) {
  return (
    <a href={readerHref(article, lang, passageId)} className="text-sky-900 underline underline-offset-2 hover:text-sky-700" data-testid="passage-link">
      {children}
    </a>
  );
}
