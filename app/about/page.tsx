import type { Metadata } from "next";
import { PageChrome } from "@/components/country/PageChrome";
import { aboutSections } from "@/lib/i18n/about-text";
import { KIND_LABEL } from "@/lib/i18n/labels";
import { messages } from "@/lib/i18n/messages";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: messages(fromParams(await searchParams).view.lang).aboutTitle };
}

/** How to read the map: claim kinds, certainty, dates, precision, extraction and review, limits. */
export default async function AboutPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { lang } = fromParams(sp).view;
  const t = messages(lang);
  const sections = aboutSections(lang, KIND_LABEL[lang]);
  return (
    <PageChrome lang={lang} pathname="/about" search={searchOf(sp)} current="about">
      <h1 className="text-2xl font-semibold">{t.aboutTitle}</h1>
      <nav aria-label={t.aboutContents} className="mt-3 mb-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-sky-900 underline underline-offset-2">
                {s.heading}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="max-w-3xl space-y-8">
        {sections.map((s) => (
          <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`} className="scroll-mt-4">
            <h2 id={`${s.id}-heading`} className="mb-2 text-lg font-semibold">
              {s.heading}
            </h2>
            {s.paragraphs.map((p) => (
              <p key={p} className="mb-2 leading-relaxed text-stone-800">
                {p}
              </p>
            ))}
            {s.terms && (
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {s.terms.map(([term, meaning]) => (
                  <div key={term} className="contents">
                    <dt className="font-semibold">{term}</dt>
                    <dd className="text-stone-700">{meaning}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        ))}
      </div>
    </PageChrome>
  );
}
