"use client";

import useSWR from "swr";
import { fetchJson } from "@/lib/api/fetcher";
import { messages } from "@/lib/i18n/messages";
import type { Article, Passage } from "@/lib/schema/article";
import type { UiLang } from "@/lib/view/view-state";

type Bundle = { article: Pick<Article, "slug" | "lang" | "title" | "passages"> };

/**
 * The passage a claim rests on, quoted in its own language and direction with the claim's span
 * highlighted, its English gloss (marked as a translation) and a link to it in the reader.
 * Text is rendered as React text nodes: article text is never treated as HTML.
 */
export function PassageQuote({ article, passageId, span, lang }: { article: string; passageId: string; span: { start: number; end: number }; lang: UiLang }) {
  const t = messages(lang);
  // The API answers a page of passages at a time: ask for the page that holds this one.
  const { data, error, isLoading } = useSWR<Bundle>(`/api/articles/${encodeURIComponent(article)}?passage=${encodeURIComponent(passageId)}`, fetchJson);
  const href = `/articles/${encodeURIComponent(article)}${lang === "ar" ? "?lang=ar" : ""}#${encodeURIComponent(passageId)}`;
  if (isLoading) return <p className="text-xs text-stone-500">{t.loading}</p>;
  const passage: Passage | undefined = data?.article.passages.find((p) => p.id === passageId);
  if (error || !passage || !data) {
    return (
      <a className="text-xs underline" href={href}>
        {t.openPassage}
      </a>
    );
  }
  const src = data.article.lang;
  const text = passage.text;
  return (
    <figure className="mt-1 space-y-1">
      <blockquote lang={src} dir={src === "ar" ? "rtl" : "ltr"} className="border-s-2 border-stone-300 ps-2 text-sm leading-relaxed text-stone-800">
        {text.slice(0, span.start)}
        <mark className="rounded-sm bg-amber-200 px-0.5 text-stone-900">{text.slice(span.start, span.end)}</mark>
        {text.slice(span.end)}
      </blockquote>
      {passage.glossEn && (
        <p lang="en" dir="ltr" className="text-xs text-stone-600">
          <span className="font-semibold">{t.translation}: </span>
          {passage.glossEn}
        </p>
      )}
      <figcaption>
        <a className="text-xs font-medium text-blue-800 underline underline-offset-2" href={href}>
          {t.openPassage} {lang === "ar" ? "←" : "→"}
        </a>
      </figcaption>
    </figure>
  );
}
