import type { Metadata } from "next";
import { PageChrome, withLang } from "@/components/country/PageChrome";
import { ListTable } from "@/components/list/ListTable";
import { GROUP_TEXT } from "@/lib/groups/labels";
import { loadGroups } from "@/lib/groups/load";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: GROUP_TEXT[fromParams(await searchParams).view.lang].groups };
}

/** Every group in the lexicon, parents before their branches, with the claims naming each. */
export default async function GroupsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { lang } = fromParams(sp).view;
  const t = GROUP_TEXT[lang];
  const groups = await loadGroups();
  const byId = new Map(groups.map((g) => [g.id, g]));
  const nameOf = (id: string) => (lang === "ar" ? byId.get(id)?.nameAr : byId.get(id)?.nameEn) ?? id;
  // Top-level groups alphabetically, each followed by its branches: the table reads as a tree.
  const top = groups.filter((g) => !g.parent || !byId.has(g.parent)).sort((a, b) => nameOf(a.id).localeCompare(nameOf(b.id), lang));
  const rows = top.flatMap((g) => [{ g, depth: 0 }, ...groups.filter((b) => b.parent === g.id).map((b) => ({ g: b, depth: 1 }))]);
  const listed = new Set(rows.map((r) => r.g.id));
  rows.push(...groups.filter((g) => !listed.has(g.id)).map((g) => ({ g, depth: 2 })));
  return (
    <PageChrome lang={lang} pathname="/groups" search={searchOf(sp)} current="groups">
      <h1 className="text-2xl font-semibold">{t.groups}</h1>
      <p className="mt-1 mb-4 text-stone-700">{t.groupsIntro}</p>
      <ListTable
        testId="groups-table"
        columns={[{ label: t.group }, { label: t.parent }, { label: t.claims, figure: true }]}
        rows={rows.map(({ g, depth }) => ({
          key: g.id,
          depth,
          data: { "data-group": g.id },
          head: (
            <>
              <span aria-hidden className="me-2 inline-block size-2.5 rounded-full" style={{ background: g.color }} />
              <a href={withLang(`/groups/${g.id}`, lang)} className="text-sky-900 underline underline-offset-2">
                {lang === "ar" ? g.nameAr : g.nameEn}
              </a>
              {g.kind === "person" && <span className="ms-2 text-xs font-normal text-stone-500">({t.leader})</span>}
            </>
          ),
          cells: [g.parent ? nameOf(g.parent) : "", g.claims],
        }))}
      />
    </PageChrome>
  );
}
