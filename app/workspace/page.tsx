import type { Metadata } from "next";
import { AdminPanel } from "@/components/workspace/AdminPanel";
import { requireActorOrSignIn } from "@/app/workspace/require-actor";
import { SignOutButton } from "@/components/workspace/SignOutButton";
import { withLang } from "@/components/country/PageChrome";
import { WorkspaceChrome } from "@/components/workspace/WorkspaceChrome";
import { getSetting } from "@/lib/data/settings";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import { type SearchParams, searchOf } from "@/lib/reader/links";
import { proposedCount } from "@/lib/review/counts";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: workspaceMessages(fromParams(await searchParams).view.lang).workspace, robots: { index: false } };
}

/** The workspace's index: who is signed in, the way to the review queue and to adding articles. */
export default async function WorkspacePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = fromParams({ lang: sp.lang }).view.lang;
  const search = searchOf(sp);
  const actor = await requireActorOrSignIn(`/workspace${search ? `?${search}` : ""}`, lang);
  const t = workspaceMessages(lang);
  const [waiting, threshold] = await Promise.all([proposedCount(), actor.role === "admin" ? getSetting("review.autoAcceptAbove") : Promise.resolve(null)]);
  const card = "block rounded-lg border border-stone-300 bg-white p-5 shadow-sm hover:border-sky-800 focus-visible:outline-2 focus-visible:outline-sky-700";
  return (
    <WorkspaceChrome lang={lang} pathname="/workspace" search={search}>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t.workspace}</h1>
        <div className="flex items-center gap-3 text-sm text-stone-700">
          <span data-testid="signed-in-as">{t.signedInAs(actor.email, actor.role)}</span>
          <SignOutButton label={t.signOut} home={withLang("/", lang)} />
        </div>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          <a href={withLang("/workspace/review", lang)} className={card}>
            <span className="block text-lg font-semibold text-sky-900">{t.reviewLink}</span>
            <span className="mt-1 block text-stone-700">{t.proposedCount(waiting)}</span>
          </a>
        </li>
        <li>
          <a href={withLang("/workspace/new", lang)} className={card}>
            <span className="block text-lg font-semibold text-sky-900">{t.newArticle}</span>
            <span className="mt-1 block text-stone-700">{t.newArticleIntro}</span>
          </a>
        </li>
      </ul>
      {actor.role === "admin" && (
        <section aria-labelledby="admin-heading" className="mt-10 rounded-lg border border-stone-300 bg-white p-5">
          <h2 id="admin-heading" className="mb-4 text-lg font-semibold">
            {t.adminOnly}
          </h2>
          <h3 className="mb-2 font-semibold">{t.deleteArticle}</h3>
          <AdminPanel lang={lang} threshold={threshold} />
        </section>
      )}
    </WorkspaceChrome>
  );
}
