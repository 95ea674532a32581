import type { Metadata } from "next";
import { PageChrome, withLang } from "@/components/country/PageChrome";
import { SourceGrades } from "@/components/grades/SourceGrades";
import { currentActor, hasRole } from "@/lib/auth/guard";
import { listOutlets } from "@/lib/grades/outlets";
import { gradesMessages } from "@/lib/i18n/grades-messages";
import { type SearchParams, searchOf } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: gradesMessages(fromParams(await searchParams).view.lang).sourcesTitle, robots: { index: false } };
}

/** Editors grade the outlets the articles come from (Admiralty reliability A-F). */
export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = fromParams({ lang: sp.lang }).view.lang;
  const t = gradesMessages(lang);
  const actor = await currentActor();
  const editor = actor && hasRole(actor, "editor");
  return (
    <PageChrome lang={lang} pathname="/workspace/sources" search={searchOf(sp)}>
      <h1 className="text-2xl font-semibold">{t.sourcesTitle}</h1>
      {editor ? (
        <>
          <p className="my-3 max-w-2xl text-stone-800">{t.sourcesIntro}</p>
          <SourceGrades outlets={await listOutlets()} lang={lang} />
        </>
      ) : (
        <p className="my-3" data-testid="sign-in-needed">
          <a className="text-sky-900 underline" href={withLang(`/signin?next=${encodeURIComponent("/workspace/sources")}`, lang)}>
            {lang === "ar" ? "سجّل الدخول بصفة محرر لتقييم المصادر." : "Sign in as an editor to grade sources."}
          </a>
        </p>
      )}
    </PageChrome>
  );
}
