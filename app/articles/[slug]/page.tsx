import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticleMeta } from "@/components/reader/ArticleMeta";
import { DataWarnings } from "@/components/reader/DataWarnings";
import { PassageBlock } from "@/components/reader/PassageBlock";
import { PassageFocus } from "@/components/reader/PassageFocus";
import type { MentionLink } from "@/components/reader/PassageText";
import { ReaderChrome } from "@/components/reader/ReaderChrome";
import { ReaderPager } from "@/components/reader/ReaderPager";
import { currentActor } from "@/lib/auth/guard";
import { loadArticleBundle } from "@/lib/data/corpus";
import { claimInfo } from "@/lib/events/claim-info";
import { messages } from "@/lib/i18n/messages";
import { glossShown, mapHrefForActor, mapHrefForCountries, searchOf, withParam, type SearchParams } from "@/lib/reader/links";
import { claimWording } from "@/lib/reader/claim-text";
import { loadReader } from "@/lib/reader/load";
import { pageParam, PassageIdParam } from "@/lib/reader/pages";
import { Slug } from "@/lib/schema/article";
import { fromParams } from "@/lib/view/url-codec";
import { isolateForTitle } from "@/lib/web/bidi";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (!Slug.safeParse(slug).success) return {};
  const bundle = await loadArticleBundle(slug);
  return bundle ? { title: isolateForTitle(bundle.article.title) } : {};
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (!Slug.safeParse(slug).success) notFound();
  const sp = await searchParams;
  const asked = PassageIdParam.safeParse(Array.isArray(sp.passage) ? sp.passage[0] : sp.passage);
  const passage = asked.success ? asked.data : null;
  // A long article is read a page at a time (issue 17 item 5); a malformed page reads as page 1.
  const data = await loadReader(slug, { page: pageParam(sp.page), passage });
  if (!data) notFound();
  const { lang } = fromParams(sp).view;
  const m = messages(lang);
  const { article, claims, notes, paragraphs, places, actors, curated, paging, warnings } = data;
  const pathname = `/articles/${slug}`;
  if (passage && data.passageFound) {
    // `?passage=` (from an anchor not on page 1) lands on the page that holds it, at the passage.
    const q = new URLSearchParams(searchOf(sp));
    q.delete("passage");
    q.delete("page");
    if (paging.page > 1) q.set("page", String(paging.page));
    redirect(`${pathname}${q.size ? `?${q}` : ""}#${passage}`);
  }
  const search = searchOf(sp);
  const wording = claimWording(lang, places, actors);
  // Issue 16: grades and events beside each claim; editors may change them here.
  const [info, actor] = await Promise.all([
    claimInfo(
      slug,
      claims.map((c) => c.id),
    ),
    currentActor().catch(() => null),
  ]);
  const showGloss = glossShown(sp);
  const hasGloss = article.passages.some((p) => p.glossEn);
  const articleDir = article.lang === "ar" ? "rtl" : "ltr";

  const linkOf: MentionLink = (mention) => {
    if (mention.kind === "place") {
      const place = places.get(mention.id);
      if (!place) return null;
      return { href: mapHrefForCountries(place.countries, lang), title: `${lang === "ar" ? place.nameAr : place.nameEn}: ${m.mentionPlace}` };
    }
    const actor = actors.get(mention.id);
    if (!actor) return null;
    return { href: mapHrefForActor(actor.id, lang), title: `${lang === "ar" ? actor.nameAr : actor.nameEn}: ${m.mentionActor}`, color: actor.color };
  };

  return (
    <ReaderChrome lang={lang} here={{ pathname, search }}>
      <PassageFocus paged={paging.pages > 1} />
      <article lang={article.lang} dir={articleDir} aria-labelledby="article-title">
        <header className="border-b border-stone-300 pb-4">
          <h1 id="article-title" className={`font-semibold ${article.lang === "ar" ? "text-3xl leading-relaxed" : "text-2xl"}`}>
            <bdi>{article.title}</bdi>
          </h1>
          <div lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
            <ArticleMeta article={article} lang={lang} curated={curated} claims={claims.length} />
            {hasGloss ? (
              <p className="mt-3 text-sm">
                <a
                  href={withParam(pathname, search, "gloss", showGloss ? "0" : null)}
                  className="text-sky-900 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-700"
                >
                  {showGloss ? m.hideGlosses : m.showGlosses}
                </a>
              </p>
            ) : null}
            <DataWarnings warnings={warnings} lang={lang} />
          </div>
        </header>
        <ReaderPager paging={paging} pathname={pathname} search={search} lang={lang} />
        <section aria-label={m.articleText} className="mt-4 space-y-6">
          {paragraphs.map((para) => (
            <div key={para.index} data-paragraph={para.index} className="space-y-1">
              {para.passages.map((view) => (
                <PassageBlock
                  key={view.passage.id}
                  view={view}
                  articleLang={article.lang}
                  lang={lang}
                  showGloss={showGloss}
                  notes={notes}
                  linkOf={linkOf}
                  wording={wording}
                  info={info}
                  editor={actor !== null}
                />
              ))}
            </div>
          ))}
        </section>
        <ReaderPager paging={paging} pathname={pathname} search={search} lang={lang} landmark={false} />
      </article>
    </ReaderChrome>
  );
}
