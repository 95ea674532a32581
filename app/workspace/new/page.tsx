import type { Metadata } from "next";
import { IntakeForm } from "@/components/workspace/new/IntakeForm";
import { requireActorOrSignIn } from "@/app/workspace/require-actor";
import { WorkspaceChrome } from "@/components/workspace/WorkspaceChrome";
import { intakeMessages } from "@/lib/intake/messages";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: intakeMessages(fromParams(await searchParams).view.lang).title, robots: { index: false } };
}

export const dynamic = "force-dynamic";

/** Adding an article (issue 15 §2), for signed-in editors; anyone else is sent to sign in and back. */
export default async function NewArticlePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = fromParams({ lang: sp.lang }).view.lang;
  const search = searchOf(sp);
  await requireActorOrSignIn(`/workspace/new${search ? `?${search}` : ""}`, lang);
  const m = intakeMessages(lang);
  return (
    <WorkspaceChrome lang={lang} pathname="/workspace/new" search={search} wide>
      <h1 className="text-2xl font-semibold">{m.title}</h1>
      <p className="mt-1 mb-4 max-w-3xl text-stone-700">{m.intro}</p>
      <IntakeForm lang={lang} />
    </WorkspaceChrome>
  );
}
