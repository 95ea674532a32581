import type { Metadata } from "next";
import { withLang } from "@/components/country/PageChrome";
import { ReviewQueue } from "@/components/workspace/review/ReviewQueue";
import type { Filters } from "@/components/workspace/review/QueueFilters";
import { requireActorOrSignIn } from "@/app/workspace/require-actor";
import { WorkspaceChrome } from "@/components/workspace/WorkspaceChrome";
import { loadActorLexicon } from "@/lib/articles/resources";
import { db } from "@/lib/data/connection";
import { loadGazetteer } from "@/lib/geo/geodata-files";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import { type SearchParams, searchOf } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: workspaceMessages(fromParams(await searchParams).view.lang).reviewQueue, robots: { index: false } };
}

const FILTERS = ["status", "article", "country", "group", "kind", "minConfidence"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The review queue (editors): the page frame and the filter options; the queue itself is live. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = fromParams({ lang: sp.lang }).view.lang;
  const search = searchOf(sp);
  await requireActorOrSignIn(`/workspace/review${search ? `?${search}` : ""}`, lang);
  const t = workspaceMessages(lang);
  // Every article (the public listing counts accepted claims only, but lists every article).
  const articles = (await (await db()).selectFrom("articles").select(["slug", "title", "created_at"]).orderBy("created_at", "desc").limit(500).execute()).map((a) => ({
    slug: a.slug,
    title: a.title,
  }));
  const countries = loadGazetteer()
    .places.filter((p) => p.kind === "country")
    .map((p) => ({ iso3: p.countries[0]!, nameEn: p.nameEn, nameAr: p.nameAr }));
  const groups = loadActorLexicon().actors.map((a) => ({ id: a.id, nameEn: a.nameEn, nameAr: a.nameAr }));
  const filters: Filters = Object.fromEntries(FILTERS.map((k) => [k, one(sp[k])]).filter(([, v]) => v)) as Filters;
  const page = Math.max(1, Number(one(sp.page)) || 1);
  return (
    <WorkspaceChrome lang={lang} pathname="/workspace/review" search={search} wide>
      <nav aria-label={t.workspace} className="mb-2 text-sm">
        <a href={withLang("/workspace", lang)} className="text-sky-900 underline underline-offset-2">
          {t.workspace}
        </a>
      </nav>
      <h1 className="mb-1 text-2xl font-semibold">{t.reviewQueue}</h1>
      <p className="mb-4 max-w-3xl text-stone-700">{t.reviewIntro}</p>
      <ReviewQueue lang={lang} options={{ articles, countries, groups }} initial={{ filters, page }} />
    </WorkspaceChrome>
  );
}
