import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimsOverTime } from "@/components/country/ClaimsOverTime";
import { KindCounts } from "@/components/country/KindCounts";
import { PageChrome, withLang } from "@/components/country/PageChrome";
import { AllegianceGraph } from "@/components/groups/AllegianceGraph";
import { EdgeTable } from "@/components/groups/EdgeTable";
import { GroupPlayback } from "@/components/timeline/GroupPlayback";
import { GROUP_TEXT } from "@/lib/groups/labels";
import { layoutGraph } from "@/lib/groups/layout";
import { loadGroupProfile } from "@/lib/groups/load";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { ClaimKind } from "@/lib/schema/article";
import { fromParams } from "@/lib/view/url-codec";
import { ActorId } from "@/lib/view/view-state";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id } = await params;
  const lang = fromParams(await searchParams).view.lang;
  const p = ActorId.safeParse(id).success ? await loadGroupProfile(id) : null;
  return { title: p ? (lang === "ar" ? p.group.nameAr : p.group.nameEn) : GROUP_TEXT[lang].notFound };
}

/** A group: its map, its claims by kind and over time, its place in the lexicon and its allegiance graph. */
export default async function GroupPage({ params, searchParams }: Props) {
  const { id } = await params;
  const sp = await searchParams;
  if (!ActorId.safeParse(id).success) notFound();
  const profile = await loadGroupProfile(id);
  if (!profile) notFound();
  const { lang, at, play, window: windowMonths } = fromParams(sp).view;
  const t = GROUP_TEXT[lang];
  const g = profile.group;
  const name = lang === "ar" ? g.nameAr : g.nameEn;
  const byKind = Object.fromEntries(ClaimKind.options.map((k) => [k, profile.byKind[k] ?? 0])) as Record<ClaimKind, number>;
  const link = (s: { id: string; nameEn: string; nameAr: string }) => (
    <a href={withLang(`/groups/${s.id}`, lang)} className="text-sky-900 underline underline-offset-2">
      {lang === "ar" ? s.nameAr : s.nameEn}
    </a>
  );
  return (
    <PageChrome lang={lang} pathname={`/groups/${g.id}`} search={searchOf(sp)} wide current="groups">
      <p className="text-sm">
        <a href={withLang("/groups", lang)} className="text-sky-900 underline underline-offset-2">
          {t.allGroups}
        </a>
      </p>
      <h1 className="mt-1 text-3xl font-semibold" data-testid="group-name" data-group={g.id}>
        <span aria-hidden className="me-2 inline-block size-4 rounded-full align-middle" style={{ background: g.color }} />
        {name}
      </h1>
      <p className="text-stone-600">
        {profile.claims} {t.claims}
        {profile.parent && (
          <>
            {" · "}
            {t.parent} {link(profile.parent)}
          </>
        )}
      </p>
      <section aria-labelledby="map-heading" className="mt-4">
        <h2 id="map-heading" className="sr-only">
          {t.onMap}
        </h2>
        {/* The server's drawing of the group's view, with the timeline's play control stepping its `at`. */}
        <GroupPlayback
          group={g.id}
          lang={lang}
          alt={`${t.onMap}: ${name}`}
          linkText={t.onMap}
          first={profile.timeline.first}
          last={profile.timeline.last}
          initial={{ at, play, window: windowMonths }}
        />
      </section>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <KindCounts byKind={byKind} lang={lang} />
        <ClaimsOverTime data={profile.timeline} lang={lang} />
      </div>
      <section aria-labelledby="branches-heading" className="mt-8">
        <h2 id="branches-heading" className="mb-1 text-lg font-semibold">
          {t.branches}
        </h2>
        <p className="mb-2 text-xs text-stone-500">{t.branchNote}</p>
        {profile.branches.length ? (
          <ul className="flex flex-wrap gap-3" data-testid="group-branches">
            {profile.branches.map((b) => (
              <li key={b.id}>
                {link(b)} <span className="text-xs text-stone-500 tabular-nums">({b.claims})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t.noBranches}</p>
        )}
      </section>
      <section aria-labelledby="graph-heading" className="mt-8 space-y-4">
        <h2 id="graph-heading" className="text-lg font-semibold">
          {t.graph}
        </h2>
        <p className="text-sm text-stone-700">{t.graphIntro}</p>
        {profile.graph.edges.length ? (
          <>
            <AllegianceGraph graph={profile.graph} layout={layoutGraph(profile.graph, g.id)} centre={g.id} lang={lang} />
            <EdgeTable graph={profile.graph} lang={lang} />
          </>
        ) : (
          <p className="text-sm text-stone-600" data-testid="no-edges">
            {t.noEdges}
          </p>
        )}
      </section>
    </PageChrome>
  );
}
